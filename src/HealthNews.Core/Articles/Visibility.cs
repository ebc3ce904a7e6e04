using System.Linq.Expressions;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;

namespace HealthNews.Core.Articles;

/// <summary>
/// The one home of "visible to readers" and "scheduled". Each rule is an expression, written once, that every query uses
/// (compiled queries included: <see cref="QueryRuleExpander"/> splices it in) and that C# evaluates the same way in memory.
/// </summary>
public static class Visibility
{
    /// <summary>
    /// What readers may see at a moment: published, with a publish time that has come. A scheduled article appears by
    /// this predicate alone, without a job having to fire.
    /// </summary>
    public static readonly Expression<Func<Article, DateTime, bool>> VisibleAt =
        (a, nowUtc) => a.Status == ArticleStatus.Published && a.PublishedAtUtc != null && a.PublishedAtUtc <= nowUtc;

    /// <summary>Scheduled at a moment: published, with a publish time still to come.</summary>
    public static readonly Expression<Func<Article, DateTime, bool>> ScheduledAt =
        (a, nowUtc) => a.Status == ArticleStatus.Published && a.PublishedAtUtc > nowUtc;

    private static readonly Func<Article, DateTime, bool> VisibleAtInMemory = VisibleAt.Compile();
    private static readonly Func<Article, DateTime, bool> ScheduledAtInMemory = ScheduledAt.Compile();

    /// <summary>Whether readers may see <paramref name="article"/> at <paramref name="nowUtc"/>; usable inside queries.</summary>
    [ExpandedInQueries(nameof(VisibleAt))]
    public static bool IsVisibleAt(this Article article, DateTime nowUtc) => VisibleAtInMemory(article, nowUtc);

    /// <summary>Whether <paramref name="article"/> waits for a publish time after <paramref name="nowUtc"/>; usable inside queries.</summary>
    [ExpandedInQueries(nameof(ScheduledAt))]
    public static bool IsScheduledAt(this Article article, DateTime nowUtc) => ScheduledAtInMemory(article, nowUtc);

    /// <summary>The articles readers may see at <paramref name="nowUtc"/>.</summary>
    public static IQueryable<Article> WherePublishedAt(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.IsVisibleAt(nowUtc));

    /// <summary>The articles scheduled at <paramref name="nowUtc"/>.</summary>
    public static IQueryable<Article> WhereScheduledAt(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.IsScheduledAt(nowUtc));
}
