using HealthNews.Core.Caching;
using HealthNews.Core.Data;
using HealthNews.Core.Markdown;
using HealthNews.Core.Newsroom;
using Microsoft.Extensions.Caching.Memory;

namespace HealthNews.Core.Tests.Support;

/// <summary>The real services that others depend on, made as the portal makes them, for tests that build services by hand.</summary>
public static class TestServices
{
    /// <summary>The writer's derived columns (HTML body, search key), with the portal's renderer.</summary>
    public static ArticleRendering Rendering(HealthNewsDbContext db) => new(db, new MarkdownRenderer());

    /// <summary>An empty in-memory data cache of its own.</summary>
    public static PublicDataCache DataCache(TimeProvider? clock = null) =>
        new(new MemoryCache(new MemoryCacheOptions()), clock ?? TimeProvider.System);
}
