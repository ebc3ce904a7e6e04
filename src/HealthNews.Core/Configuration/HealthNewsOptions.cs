namespace HealthNews.Core.Configuration;

/// <summary>The portal's settings, bound from the "HealthNews" section.</summary>
public sealed class HealthNewsOptions
{
    public const string SectionName = "HealthNews";

    /// <summary>Where the SQLite file and uploaded media live; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>
    /// Where uploaded media and their variants live. Empty: <c>media</c> under <see cref="DataDirectory"/>. With several
    /// web servers, one folder every server mounts (NFS), ADR-016; relative paths are under the content root.
    /// </summary>
    public string? MediaDirectory { get; set; }

    /// <summary>Load the captured sample content into an empty database on start-up.</summary>
    public bool SampleContent { get; set; } = true;

    /// <summary>How many items the "Xuất bản thông tin" sidebar lists.</summary>
    public int LatestCount { get; set; } = 17;

    /// <summary>How many items each category shows on the home page.</summary>
    public int HomeItemsPerCategory { get; set; } = 5;

    /// <summary>How many items "Tin liên quan" lists under an article.</summary>
    public int RelatedCount { get; set; } = 8;

    /// <summary>
    /// The portal's public address (e.g. https://moh.gov.vn), for links that leave the site: canonical links, share
    /// cards, feeds and sitemaps. Empty: taken from each request (behind a proxy, from trusted forwarded headers only).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How many article addresses one child sitemap lists at most; the sitemap protocol allows 50,000.</summary>
    public int SitemapUrlsPerFile { get; set; } = 50_000;
}
