using HealthNews.Core.Common;
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

    /// <summary>An edition's newest items.</summary>
    public async Task<Feed> GetPortalFeedAsync(string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        new(null, await articles.ListForFeedAsync(null, FeedSize, language, cancellationToken)) { Language = language };

    /// <summary>A category's newest items in an edition, its subcategories' included; null when the slug is unknown there.</summary>
    public async Task<Feed?> GetCategoryFeedAsync(string slug, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        var all = await categories.ListAllAsync(cancellationToken);
        var category = CategoryDirectory.FindBySlug(all, slug, language);
        return category is null ? null
            : new Feed(category, await articles.ListForFeedAsync(CategoryDirectory.SelfAndDescendantIds(all, category.Id), FeedSize, language, cancellationToken))
            {
                Language = language,
            };
    }

    /// <summary>The child sitemaps of articles, each with its newest change.</summary>
    public Task<List<SitemapPart>> ListSitemapPartsAsync(CancellationToken cancellationToken = default) =>
        articles.ListSitemapPartsAsync(UrlsPerPart, cancellationToken);

    /// <summary>The articles of one child sitemap; empty when it lists none (an unknown part).</summary>
    public Task<List<SitemapEntry>> ListForSitemapAsync(int part, CancellationToken cancellationToken = default) =>
        articles.ListForSitemapAsync(part, UrlsPerPart, cancellationToken);

    /// <summary>
    /// The home page and every category listing of the Vietnamese edition, each with the newest publish time it shows
    /// (subcategories included), then the English home page and the English listings that show something.
    /// </summary>
    public async Task<IReadOnlyList<SitemapSection>> ListSitemapSectionsAsync(CancellationToken cancellationToken = default)
    {
        var all = await categories.ListAllAsync(cancellationToken);
        var sections = new List<SitemapSection>();
        foreach (var language in ContentLanguage.All)
        {
            var newest = await articles.ListNewestPublishTimePerCategoryAsync(language, cancellationToken);
            DateTime? NewestOf(IEnumerable<int> ids) =>
                ids.Select(id => newest.TryGetValue(id, out var at) ? at : (DateTime?)null).Max();
            var listings = all.Select(c => new SitemapSection(c, NewestOf(CategoryDirectory.SelfAndDescendantIds(all, c.Id))) { Language = language });
            sections.Add(new SitemapSection(null, NewestOf(newest.Keys)) { Language = language });
            // An empty English listing is a page without news: only those with English items are offered to search engines.
            sections.AddRange(language == ContentLanguage.Vietnamese ? listings : listings.Where(s => s.LastModifiedUtc is not null));
        }
        return sections;
    }

    /// <summary>The items published in the last 48 hours, for the Google News sitemap.</summary>
    public Task<List<NewsSitemapEntry>> ListForNewsSitemapAsync(CancellationToken cancellationToken = default) =>
        articles.ListPublishedSinceAsync(clock.GetUtcNow().UtcDateTime - NewsWindow, NewsSitemapLimit, cancellationToken);
}
