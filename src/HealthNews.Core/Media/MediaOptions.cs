namespace HealthNews.Core.Media;

/// <summary>Media settings, bound from "HealthNews:Media".</summary>
public sealed class MediaOptions
{
    public const string SectionName = "HealthNews:Media";

    /// <summary>The largest file an editor may upload; 20 MB by default.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;
}
