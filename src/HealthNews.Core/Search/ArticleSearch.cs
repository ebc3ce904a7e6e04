using HealthNews.Core.Articles;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Search;

/// <summary>
/// Full-text search over what readers may see (ADR-010): each database's own index finds and ranks the matches (title
/// over summary over body), the visibility rule and the filters are the same LINQ as every listing, newer wins a tie.
/// </summary>
public sealed class ArticleSearch(HealthNewsDbContext db, CategoryDirectory categories, TimeProvider clock)
{
    public const int PageSize = 20;

    // SQLite's bm25 is smaller for better matches; negated, higher is better as with PostgreSQL's ts_rank. "LIMIT -1"
    // (no limit) keeps SQLite from flattening the subquery into the join, where it ran the full-text query once per
    // article (over a minute at 100,000 articles, docs/benchmarks.md); so the index is read once and each hit looks up
    // its article.
    private const string SqliteHits =
        $$"""SELECT rowid AS "Id", -bm25("{{FullTextSearch.SqliteTable}}", {{FullTextSearch.SqliteWeights}}) AS "Rank" FROM "{{FullTextSearch.SqliteTable}}" WHERE "{{FullTextSearch.SqliteTable}}" MATCH {0} LIMIT -1""";

    // The count needs no rank: bm25 for every match is most of what the ranked query costs.
    private const string SqliteUnrankedHits =
        $$"""SELECT rowid AS "Id", 0.0 AS "Rank" FROM "{{FullTextSearch.SqliteTable}}" WHERE "{{FullTextSearch.SqliteTable}}" MATCH {0} LIMIT -1""";

    private const string PostgreSqlHits =
        $$"""SELECT "Id", ts_rank("{{FullTextSearch.PostgreSqlColumn}}", to_tsquery('simple', {0}))::double precision AS "Rank" FROM "Articles" WHERE "{{FullTextSearch.PostgreSqlColumn}}" @@ to_tsquery('simple', {0})""";

    /// <summary>The page of results; nothing is asked of the database for a query that has a problem.</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Math.Max(1, request.Page);
        if (!request.Query.IsValid)
        {
            return new(request, new PagedList<SearchResult>([], page, PageSize, 0));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // On SQLite each hit is checked in the covering index, not in its article's row (FullTextSearch.SqliteCoverIndex).
        var source = db.Database.IsSqlite() ? db.Articles.FromSqlRaw(FullTextSearch.SqliteCoveredArticles) : db.Articles;
        var articles = source.AsNoTracking().Where(a => a.IsVisibleAt(now));
        if (request.CategorySlug is { } slug)
        {
            var all = await categories.ListAllAsync(cancellationToken);
            var ids = all.FirstOrDefault(c => c.Slug == slug) is { } category ? CategoryDirectory.SelfAndDescendantIds(all, category.Id) : [];
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

        // One pass ranks the matches and counts them (RowsBeforePaging); only a page past the end asks for the count alone.
        var matched = from hit in Hits(request.Query, ranked: true)
                      join article in articles on hit.Id equals article.Id
                      select new { article.Id, hit.Rank, article.PublishedAtUtc };
        var pageHits = await matched
            .OrderByDescending(m => m.Rank).ThenByDescending(m => m.PublishedAtUtc).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Select(m => new { m.Id, Total = FullTextSearch.RowsBeforePaging() })
            .ToListAsync(cancellationToken);
        var total = pageHits.Count > 0 ? pageHits[0].Total
            : page == 1 ? 0
            : await (from hit in Hits(request.Query, ranked: false)
                     join article in articles on hit.Id equals article.Id
                     select hit.Id).CountAsync(cancellationToken);
        var pageIds = pageHits.Select(h => h.Id).ToList();
        var rows = await db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
            .Select(a => new SearchResult(a.Id, a.Title, a.Slug, a.Summary, a.Body, a.PublishedAtUtc!.Value, a.Category!.Name, a.Category.Slug))
            .ToListAsync(cancellationToken);
        var ordered = pageIds.Select(id => rows.First(r => r.Id == id)).ToList();
        return new(request, new PagedList<SearchResult>(ordered, page, PageSize, total));
    }

    private IQueryable<SearchHit> Hits(SearchQuery query, bool ranked)
    {
        if (db.Database.IsSqlite())
        {
            // FTS5: each word or phrase quoted (so no word is taken for an operator), all required.
            var match = string.Join(' ', query.Words.Concat(query.Phrases).Select(t => "\"" + t + "\""));
            return db.Database.SqlQueryRaw<SearchHit>(ranked ? SqliteHits : SqliteUnrankedHits, match);
        }
        if (db.Database.IsNpgsql())
        {
            // Words and phrases are letters and digits only (SearchQuery), so they can't carry tsquery operators.
            var tsquery = string.Join(" & ", query.Words.Concat(query.Phrases.Select(p => "(" + p.Replace(" ", " <-> ", StringComparison.Ordinal) + ")")));
            return db.Database.SqlQueryRaw<SearchHit>(PostgreSqlHits, tsquery);
        }
        return LikeHits(query);
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
