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

    /// <summary>An edition's child sitemaps of articles, each with its newest change.</summary>
    public Task<List<SitemapPart>> ListSitemapPartsAsync(string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        articles.ListSitemapPartsAsync(UrlsPerPart, language, cancellationToken);

    /// <summary>The articles of one of an edition's child sitemaps; empty when it lists none (an unknown part).</summary>
    public Task<List<SitemapEntry>> ListForSitemapAsync(int part, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        articles.ListForSitemapAsync(part, UrlsPerPart, language, cancellationToken);

    /// <summary>
    /// An edition's home page and category listings, each with the newest publish time it shows (subcategories included)
    /// and whether the other edition lists it too (an hreflang alternate). The Vietnamese edition lists every category;
    /// the English one only those with English items, as its menu does: an empty listing is a page without news.
    /// </summary>
    public async Task<IReadOnlyList<SitemapSection>> ListSitemapSectionsAsync(string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default)
    {
        var all = await categories.ListAllAsync(cancellationToken);
        var newest = await articles.ListNewestPublishTimePerCategoryAsync(language, cancellationToken);
        var newestInEnglish = language == ContentLanguage.English ? newest
            : await articles.ListNewestPublishTimePerCategoryAsync(ContentLanguage.English, cancellationToken);
        DateTime? NewestOf(Dictionary<int, DateTime> times, IEnumerable<int> ids) =>
            ids.Select(id => times.TryGetValue(id, out var at) ? at : (DateTime?)null).Max();
        var listings = all.Select(c => (Category: c, Ids: CategoryDirectory.SelfAndDescendantIds(all, c.Id)))
            .Select(c => new SitemapSection(c.Category, NewestOf(newest, c.Ids))
            {
                Language = language,
                ListedInBoth = NewestOf(newestInEnglish, c.Ids) is not null,
            });
        return [new SitemapSection(null, NewestOf(newest, newest.Keys)) { Language = language, ListedInBoth = true },
            .. language == ContentLanguage.Vietnamese ? listings : listings.Where(s => s.LastModifiedUtc is not null)];
    }

    /// <summary>The items published in the last 48 hours, for the Google News sitemap.</summary>
    public Task<List<NewsSitemapEntry>> ListForNewsSitemapAsync(CancellationToken cancellationToken = default) =>
        articles.ListPublishedSinceAsync(clock.GetUtcNow().UtcDateTime - NewsWindow, NewsSitemapLimit, cancellationToken);
}
