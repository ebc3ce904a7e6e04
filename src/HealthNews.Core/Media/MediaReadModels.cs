namespace HealthNews.Core.Media;

/// <summary>A stored image as pages show it: its upright size and its variants (null for a GIF or an image not yet made into them).</summary>
public sealed record StoredImage(int Id, string FileName, int? Width, int? Height, ImageVariants? Variants)
{
    public string OriginalUrl => MediaUrls.For(Id, FileName);
}

/// <summary>What became of one image: its upright size and the variants made of it, or why none could be made.</summary>
public sealed record ProcessedImage(int Width, int Height, ImageVariants Variants, IReadOnlyList<VariantFile> Files);

public sealed record VariantFile(int Width, string Extension, byte[] Bytes);

public sealed record ImageProcessing(ProcessedImage? Image, string? Problem)
{
    public static ImageProcessing Refused(string problem) => new(null, problem);
}

/// <summary>One step of <see cref="MediaVariants.MakeMissingAsync"/>: which image, and what became of it.</summary>
public sealed record VariantProgress(int Done, int Total, int MediaId, string FileName, string Outcome);

/// <summary>How many images <see cref="MediaVariants.MakeMissingAsync"/> looked at, made variants for, and could not.</summary>
public sealed record VariantSummary(int Checked, int Made, int Failed);
