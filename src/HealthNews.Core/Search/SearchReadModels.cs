using HealthNews.Core.Common;

namespace HealthNews.Core.Search;

/// <summary>What a reader asks: the query, optionally one category (with its subcategories) and a range of publish dates.</summary>
public sealed record SearchRequest(SearchQuery Query, string? CategorySlug, DateOnly? From, DateOnly? To, int Page)
{
    /// <summary>The edition searched: only its articles are found, and the category slug is that edition's.</summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;
}

/// <summary>One result: enough for the title link, the date line, the category and a snippet.</summary>
public sealed record SearchResult(int Id, string Title, string Slug, string? Summary, string Body, DateTime PublishedAtUtc,
    string CategoryName, string CategorySlug);

/// <summary>A page of results, best first, with how many there are in all.</summary>
public sealed record SearchResults(SearchRequest Request, PagedList<SearchResult> Results);

/// <summary>An article id and how well it matched (higher is better), as the database's full-text index ranks it.</summary>
public sealed record SearchHit(int Id, double Rank);
