using HealthNews.Core.Configuration;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Articles;

/// <summary>What the RSS feeds and the sitemaps list: only what readers may see, by the portal's clock.</summary>
public sealed class PortalFeeds(CategoryDirectory categories, PublishedArticles articles, TimeProvider clock, IOptions<HealthNewsOptions> options)
{
    /// <summary>How many items a feed carries.</summary>
    public const int FeedSize = 20;

    /// <summary>How far back the Google News sitemap reaches, and the most it may list.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);

    public const int NewsSitemapLimit = 1_000;

    private int UrlsPerPart => options.Value.SitemapUrlsPerFile;

    /// <summary>The whole portal's newest items.</summary>
    public async Task<Feed> GetPortalFeedAsync(CancellationToken cancellationToken = default) =>
        new(null, await articles.ListForFeedAsync(null, FeedSize, cancellationToken));

    /// <summary>A category's newest items, its subcategories' included; null when the slug is unknown.</summary>
    public async Task<Feed?> GetCategoryFeedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var all = await categories.ListAllAsync(cancellationToken);
        var category = all.FirstOrDefault(c => c.Slug == slug);
        return category is null ? null
            : new Feed(category, await articles.ListForFeedAsync(CategoryDirectory.SelfAndDescendantIds(all, category.Id), FeedSize, cancellationToken));
    }

    /// <summary>The child sitemaps of articles, each with its newest change.</summary>
    public Task<List<SitemapPart>> ListSitemapPartsAsync(CancellationToken cancellationToken = default) =>
        articles.ListSitemapPartsAsync(UrlsPerPart, cancellationToken);

    /// <summary>The articles of one child sitemap; empty when it lists none (an unknown part).</summary>
    public Task<List<SitemapEntry>> ListForSitemapAsync(int part, CancellationToken cancellationToken = default) =>
        articles.ListForSitemapAsync(part, UrlsPerPart, cancellationToken);

    /// <summary>The home page and every category listing, each with the newest publish time it shows (subcategories included).</summary>
    public async Task<IReadOnlyList<SitemapSection>> ListSitemapSectionsAsync(CancellationToken cancellationToken = default)
    {
        var all = await categories.ListAllAsync(cancellationToken);
        var newest = await articles.ListNewestPublishTimePerCategoryAsync(cancellationToken);
        DateTime? NewestOf(IEnumerable<int> ids) =>
            ids.Select(id => newest.TryGetValue(id, out var at) ? at : (DateTime?)null).Max();
        return [new SitemapSection(null, NewestOf(newest.Keys)),
            .. all.Select(c => new SitemapSection(c, NewestOf(CategoryDirectory.SelfAndDescendantIds(all, c.Id))))];
    }

    /// <summary>The items published in the last 48 hours, for the Google News sitemap.</summary>
    public Task<List<NewsSitemapEntry>> ListForNewsSitemapAsync(CancellationToken cancellationToken = default) =>
        articles.ListPublishedSinceAsync(clock.GetUtcNow().UtcDateTime - NewsWindow, NewsSitemapLimit, cancellationToken);
}
