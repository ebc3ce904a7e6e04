using HealthNews.Core.Caching;

namespace HealthNews.Core.Articles;

public static class ArticleDataCaching
{
    /// <summary>
    /// Data derived from the published articles (the sidebar, a category's newest items or count), kept in memory:
    /// evicted with the pages when an article changes, and never past the next scheduled publish time.
    /// </summary>
    public static Task<T> GetOrLoadArticleDataAsync<T>(
        this PublicDataCache cache, string key, PublishedArticles articles, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(load);
        return cache.GetOrLoadAsync(key, CacheTags.Articles, async () => (await load(), await articles.NextScheduledPublishAtAsync(cancellationToken)));
    }
}
