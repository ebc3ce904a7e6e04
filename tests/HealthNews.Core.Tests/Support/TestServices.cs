using HealthNews.Core.Caching;
using HealthNews.Core.Data;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.SampleContent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Tests.Support;

/// <summary>The real services that others depend on, made as the portal makes them, for tests that build services by hand.</summary>
public static class TestServices
{
    /// <summary>The writer's derived columns (HTML body, search key), with the portal's renderer.</summary>
    public static ArticleRendering Rendering(HealthNewsDbContext db) => new(db, new MarkdownRenderer());

    /// <summary>The portal's image processor, with the default limits (one job at a time, 40 megapixels).</summary>
    public static ImageProcessor Images { get; } = new(Options.Create(new MediaOptions()));

    public static MediaVariants Variants(HealthNewsDbContext db, IMediaStore store) => new(db, store, Images);

    /// <summary>The sample content's loader, storing its files in <paramref name="store"/>.</summary>
    public static SampleContentLoader SampleLoader(HealthNewsDbContext db, IMediaStore store) =>
        new(db, store, TimeProvider.System, Rendering(db), Variants(db, store), Images);

    /// <summary>An empty in-memory data cache of its own.</summary>
    public static PublicDataCache DataCache(TimeProvider? clock = null) =>
        new(new MemoryCache(new MemoryCacheOptions()), clock ?? TimeProvider.System);
}
