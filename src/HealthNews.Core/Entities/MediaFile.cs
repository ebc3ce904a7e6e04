namespace HealthNews.Core.Entities;

/// <summary>An uploaded image or document. The bytes live in the media store under <see cref="StorageKey"/>.</summary>
public class MediaFile
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public string? AltText { get; set; }
    public string? Caption { get; set; }
    public required string StorageKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
