using HealthNews.Core.Caching;

namespace HealthNews.Core.Articles;

/// <summary>Data derived from the published articles, kept in memory: evicted with the pages when an article changes.</summary>
public static class ArticleDataCaching
{
    /// <summary>
    /// When the next scheduled article goes public (null when none waits): kept in memory until then, by the portal's
    /// clock, or until an article changes. Cached pages and data must not outlive it.
    /// </summary>
    /// <remarks>The queries are asked for only when the value must be loaded, so that a hit needs no database context.</remarks>
    public static Task<DateTime?> GetNextScheduledPublishAsync(this PublicDataCache cache, Func<PublishedArticles> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(articles);
        return cache.GetOrLoadAsync(CacheKeys.NextScheduledPublish, CacheTags.Articles, async () =>
        {
            var due = await articles().NextScheduledPublishAtAsync(cancellationToken);
            return (due, due);
        });
    }

    /// <summary>
    /// Data derived from the published articles (the sidebar, a category's newest items or count): evicted with the pages
    /// when an article changes, and stale from the next scheduled publish time.
    /// </summary>
    public static Task<T> GetOrLoadArticleDataAsync<T>(
        this PublicDataCache cache, string key, PublishedArticles articles, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(load);
        return cache.GetOrLoadAsync(key, CacheTags.Articles, async () => (await load(), await cache.GetNextScheduledPublishAsync(() => articles, cancellationToken)));
    }
}
