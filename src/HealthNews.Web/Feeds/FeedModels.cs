namespace HealthNews.Web.Feeds;

/// <summary>An RSS 2.0 channel, every address absolute and every date RFC 822 in Vietnam time.</summary>
public sealed record RssChannel(string Title, string Link, string SelfLink, string Description, string? LastBuildDate, IReadOnlyList<RssItem> Items);

/// <summary>An item; an empty description is left out (RSS needs a title or a description, not both).</summary>
public sealed record RssItem(string Title, string Link, string Description, string PubDate, string Category, RssEnclosure? Enclosure);

public sealed record RssEnclosure(string Url, long Length, string Type);

/// <summary>One address of a sitemap or sitemap index, with its last change (W3C date-time, +07:00).</summary>
public sealed record SitemapUrl(string Location, string? LastModified);

/// <summary>One item of the Google News sitemap.</summary>
public sealed record NewsSitemapUrl(string Location, string Title, string PublicationDate);
