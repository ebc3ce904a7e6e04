namespace HealthNews.Core.Media;

/// <summary>Media settings, bound from "HealthNews:Media".</summary>
public sealed class MediaOptions
{
    public const string SectionName = "HealthNews:Media";

    /// <summary>The largest file an editor may upload; 20 MB by default.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most pixels an uploaded image may have, in millions (a 24-megapixel camera photo passes); 40 by default.</summary>
    public int MaxImageMegapixels { get; set; } = 40;

    /// <summary>How many images are turned into variants at once; 1 by default (each uses one core).</summary>
    public int ImageJobs { get; set; } = 1;

    /// <summary>How long an image may wait for its turn, and then take to process; 60 seconds by default.</summary>
    public TimeSpan ImageJobTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
