using HealthNews.Core.Entities;

namespace HealthNews.Core.Articles;

public static class Visibility
{
    /// <summary>
    /// What readers may see at <paramref name="nowUtc"/>: published, with a publish time that has come.
    /// A scheduled article appears by this predicate alone, without a job having to fire.
    /// </summary>
    public static IQueryable<Article> WherePublishedAt(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc != null && a.PublishedAtUtc <= nowUtc);
}
