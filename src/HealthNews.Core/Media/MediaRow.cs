namespace HealthNews.Core.Media;

/// <summary>A file of the library as lists show it; an image's size in pixels when known.</summary>
public sealed record MediaRow(int Id, string FileName, string ContentType, long SizeBytes, string? AltText, string? Caption, DateTime CreatedAtUtc,
    int? Width = null, int? Height = null, string? Variants = null)
{
    public string Url => MediaUrls.For(Id, FileName);

    /// <summary>The image as pages show it, with its variants (ADR-013).</summary>
    public StoredImage Image => new(Id, FileName, Width, Height, ImageVariants.Parse(Variants));

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
