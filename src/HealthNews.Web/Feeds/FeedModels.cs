namespace HealthNews.Web.Feeds;

/// <summary>An RSS 2.0 channel, every address absolute and every date RFC 822 in Vietnam time.</summary>
public sealed record RssChannel(string Title, string Link, string SelfLink, string Description, string? LastBuildDate, IReadOnlyList<RssItem> Items)
{
    /// <summary>The channel's language: its edition's.</summary>
    public string Language { get; init; } = SiteIdentity.Language;
}

/// <summary>An item; an empty description is left out (RSS needs a title or a description, not both).</summary>
public sealed record RssItem(string Title, string Link, string Description, string PubDate, string Category, RssEnclosure? Enclosure);

public sealed record RssEnclosure(string Url, long Length, string Type);

/// <summary>One address of a sitemap or sitemap index, with its last change (W3C date-time, +07:00).</summary>
public sealed record SitemapUrl(string Location, string? LastModified)
{
    /// <summary>The page in each edition (itself included), written as xhtml:link hreflang alternates; empty when it has no counterpart.</summary>
    public IReadOnlyList<SitemapAlternate> Alternates { get; init; } = [];
}

/// <summary>One edition's address of a page, for a sitemap's hreflang alternates.</summary>
public sealed record SitemapAlternate(string Language, string Location);

/// <summary>One item of the Google News sitemap.</summary>
public sealed record NewsSitemapUrl(string Location, string Title, string PublicationDate)
{
    /// <summary>The article's language, as Google News is told it.</summary>
    public string Language { get; init; } = SiteIdentity.Language;
}
