namespace HealthNews.Core.Entities;

/// <summary>
/// Where an address of the Ministry's old portal (moh.gov.vn, Liferay) leads here, by its old slug: filled by editors
/// from a CSV file for the addresses whose slug is not the same here.
/// </summary>
public class OldAddress
{
    public int Id { get; set; }

    /// <summary>The old address's last part (its "url title"), lower case.</summary>
    public required string OldSlug { get; set; }

    /// <summary>A path on this site, such as <c>/tin-tuc/abc</c>.</summary>
    public required string TargetPath { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
