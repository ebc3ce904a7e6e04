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

    /// <summary>An image's size in pixels, read from its bytes, so pages can reserve its space before it loads.</summary>
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>The resized copies readers are served, as Media's ImageVariants writes them (ADR-013); null when none are made.</summary>
    public string? Variants { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
