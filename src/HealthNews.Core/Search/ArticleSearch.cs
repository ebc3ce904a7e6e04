using HealthNews.Core.Articles;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Search;

/// <summary>
/// Full-text search over what readers may see (ADR-010): each database's own index finds and ranks the matches (title
/// over summary over body), the visibility rule and the filters are the same LINQ as every listing, newer wins a tie.
/// Only the <see cref="RankedWindow"/> newest matches are ranked; older ones follow them, newest first.
/// </summary>
public sealed class ArticleSearch(HealthNewsDbContext db, CategoryDirectory categories, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>
    /// How many of the newest matches (by id, the order articles were written in) are ranked by relevance. Ranking costs
    /// the index a few microseconds per match, so a query that matches tens of thousands of articles would spend most of
    /// its time ranking what no reader pages to; pages past the window list the older matches, newest first (ADR-010).
    /// </summary>
    public int RankedWindow { get; init; } = 1_000;

    // Which of a query's matches a command reads: all of them (for the count), the ranked window (ranked, or only to count
    // it), or those older than the window.
    private enum HitSet { All, RankedWindow, Window, Older }

    // SQLite's bm25 is smaller for better matches; negated, higher is better as with PostgreSQL's ts_rank. "LIMIT -1"
    // (no limit) keeps SQLite from flattening the subquery into the join, where it ran the full-text query once per
    // article (over a minute at 100,000 articles, docs/benchmarks.md); so the index is read once and each hit looks up
    // its article. The window's edge is the id of the window's oldest match, found by walking the index from its end
    // ({1} = the window's size less one; no edge, 0, when there are fewer matches).
    private const string SqliteMatch = $$"""FROM "{{FullTextSearch.SqliteTable}}" WHERE "{{FullTextSearch.SqliteTable}}" MATCH {0}""";
    private const string SqliteEdge = $$"""coalesce((SELECT rowid {{SqliteMatch}} ORDER BY rowid DESC LIMIT 1 OFFSET {1}), 0)""";
    private const string SqliteRank = $$"""-bm25("{{FullTextSearch.SqliteTable}}", {{FullTextSearch.SqliteWeights}})""";

    private const string PostgreSqlMatch = $$"""FROM "Articles" WHERE "{{FullTextSearch.PostgreSqlColumn}}" @@ to_tsquery('simple', {0})""";
    private const string PostgreSqlEdge = $$"""coalesce((SELECT "Id" {{PostgreSqlMatch}} ORDER BY "Id" DESC OFFSET {1} LIMIT 1), 0)""";
    private const string PostgreSqlRank = $$"""ts_rank("{{FullTextSearch.PostgreSqlColumn}}", to_tsquery('simple', {0}))::double precision""";

    /// <summary>The page of results; nothing is asked of the database for a query that has a problem.</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Math.Max(1, request.Page);
        if (!request.Query.IsValid)
        {
            return new(request, new PagedList<SearchResult>([], page, PageSize, 0));
        }
        var articles = await VisibleArticlesAsync(request, cancellationToken);
        var total = await CountAsync(request.Query, HitSet.All, articles, cancellationToken);
        var skip = (page - 1) * PageSize;
        var pageIds = new List<int>();
        if (skip < total)
        {
            // The ranked window first; its own size comes with its page (RowsBeforePaging), or is counted when the page
            // lies past it.
            var ranked = await (from hit in Hits(request.Query, HitSet.RankedWindow)
                                join article in articles on hit.Id equals article.Id
                                orderby hit.Rank descending, article.PublishedAtUtc descending, article.Id descending
                                select new { article.Id, Total = FullTextSearch.RowsBeforePaging() })
                .Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
            pageIds.AddRange(ranked.Select(r => r.Id));
            if (pageIds.Count < PageSize && pageIds.Count + skip < total)
            {
                var window = ranked.Count > 0 ? ranked[0].Total : await CountAsync(request.Query, HitSet.Window, articles, cancellationToken);
                pageIds.AddRange(await (from hit in Hits(request.Query, HitSet.Older)
                                        join article in articles on hit.Id equals article.Id
                                        orderby article.PublishedAtUtc descending, article.Id descending
                                        select article.Id)
                    .Skip(Math.Max(0, skip - window)).Take(PageSize - pageIds.Count).ToListAsync(cancellationToken));
            }
        }
        var language = request.Language;
        var rows = await db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
            .Select(a => new SearchResult(a.Id, a.Title, a.Slug, a.Summary, a.Body, a.PublishedAtUtc!.Value,
                language == ContentLanguage.English ? a.Category!.EnglishName : a.Category!.Name,
                language == ContentLanguage.English ? a.Category.EnglishSlug : a.Category.Slug))
            .ToListAsync(cancellationToken);
        var ordered = pageIds.Select(id => rows.First(r => r.Id == id)).ToList();
        return new(request, new PagedList<SearchResult>(ordered, page, PageSize, total));
    }

    // What readers may see, filtered as the reader asked.
    private async Task<IQueryable<Entities.Article>> VisibleArticlesAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // On SQLite each hit is checked in the covering index, not in its article's row (FullTextSearch.SqliteCoverIndex).
        var source = db.Database.IsSqlite() ? db.Articles.FromSqlRaw(FullTextSearch.SqliteCoveredArticles) : db.Articles;
        var language = request.Language;
        var articles = source.AsNoTracking().Where(a => a.IsVisibleAt(now) && a.Language == language);
        if (request.CategorySlug is { } slug)
        {
            var all = await categories.ListAllAsync(cancellationToken);
            var ids = CategoryDirectory.FindBySlug(all, slug, language) is { } category ? CategoryDirectory.SelfAndDescendantIds(all, category.Id) : [];
            articles = articles.Where(a => ids.Contains(a.CategoryId));
        }
        if (request.From is { } from)
        {
            var fromUtc = VietnamTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            articles = articles.Where(a => a.PublishedAtUtc >= fromUtc);
        }
        if (request.To is { } to)
        {
            var beforeUtc = VietnamTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            articles = articles.Where(a => a.PublishedAtUtc < beforeUtc);
        }
        return articles;
    }

    private Task<int> CountAsync(SearchQuery query, HitSet set, IQueryable<Entities.Article> articles, CancellationToken cancellationToken) =>
        (from hit in Hits(query, set)
         join article in articles on hit.Id equals article.Id
         select hit.Id).CountAsync(cancellationToken);

    private IQueryable<SearchHit> Hits(SearchQuery query, HitSet set)
    {
        if (db.Database.IsSqlite())
        {
            // FTS5: each word or phrase quoted (so no word is taken for an operator), all required.
            var match = string.Join(' ', query.Words.Concat(query.Phrases).Select(t => "\"" + t + "\""));
            return db.Database.SqlQueryRaw<SearchHit>(set switch
            {
                HitSet.RankedWindow => $"""SELECT rowid AS "Id", {SqliteRank} AS "Rank" {SqliteMatch} AND rowid >= {SqliteEdge} LIMIT -1""",
                HitSet.Window => $"""SELECT rowid AS "Id", 0.0 AS "Rank" {SqliteMatch} AND rowid >= {SqliteEdge} LIMIT -1""",
                HitSet.Older => $"""SELECT rowid AS "Id", 0.0 AS "Rank" {SqliteMatch} AND rowid < {SqliteEdge} LIMIT -1""",
                _ => $"""SELECT rowid AS "Id", 0.0 AS "Rank" {SqliteMatch} LIMIT -1""",
            }, match, RankedWindow - 1);
        }
        if (db.Database.IsNpgsql())
        {
            // Words and phrases are letters and digits only (SearchQuery), so they can't carry tsquery operators.
            var tsquery = string.Join(" & ", query.Words.Concat(query.Phrases.Select(p => "(" + p.Replace(" ", " <-> ", StringComparison.Ordinal) + ")")));
            return db.Database.SqlQueryRaw<SearchHit>(set switch
            {
                HitSet.RankedWindow => $"""SELECT "Id", {PostgreSqlRank} AS "Rank" {PostgreSqlMatch} AND "Id" >= {PostgreSqlEdge}""",
                HitSet.Window => $"""SELECT "Id", 0.0::double precision AS "Rank" {PostgreSqlMatch} AND "Id" >= {PostgreSqlEdge}""",
                HitSet.Older => $"""SELECT "Id", 0.0::double precision AS "Rank" {PostgreSqlMatch} AND "Id" < {PostgreSqlEdge}""",
                _ => $"""SELECT "Id", 0.0::double precision AS "Rank" {PostgreSqlMatch}""",
            }, tsquery, RankedWindow - 1);
        }
        // SQL Server scans (below) and ranks every match: its window is all of them.
        return set == HitSet.Older ? LikeHits(query).Where(_ => false) : LikeHits(query);
    }

    // SQL Server (no full-text index yet, ADR-010): every word or phrase, between spaces, in one of the folded columns;
    // ranked by where each one was found. A scan of the articles that pass the other filters.
    private IQueryable<SearchHit> LikeHits(SearchQuery query)
    {
        var scored = db.Articles.Select(a => new { a.Id, Title = " " + a.SearchTitle + " ", Summary = " " + a.SearchSummary + " ", Body = " " + a.SearchBody + " ", Rank = 0.0 });
        foreach (var term in query.Words.Concat(query.Phrases).Select(t => " " + t + " "))
        {
            scored = scored
                .Where(a => a.Title.Contains(term) || a.Summary.Contains(term) || a.Body.Contains(term))
                .Select(a => new { a.Id, a.Title, a.Summary, a.Body, Rank = a.Rank + (a.Title.Contains(term) ? 1.0 : a.Summary.Contains(term) ? 0.4 : 0.2) });
        }
        return scored.Select(a => new SearchHit(a.Id, a.Rank));
    }
}
