using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using HealthNews.Core.Text;

namespace HealthNews.Web.Feeds;

/// <summary>Core's feed and sitemap read models to what the writers write: absolute addresses, Vietnam time.</summary>
public static class FeedMappings
{
    public const string PortalFeedTitle = SiteIdentity.HomeTitle;
    public const string PortalFeedDescription = "Tin tức, sự kiện mới nhất từ Cổng thông tin điện tử Bộ Y tế.";

    public static string CategoryFeedTitle(string categoryName) => categoryName + " - " + SiteIdentity.Publisher;

    public static string CategoryFeedDescription(string categoryName) =>
        "Tin mới nhất của chuyên mục “" + categoryName + "” trên Cổng thông tin điện tử Bộ Y tế.";

    /// <summary>A feed as RSS 2.0 writes it; <paramref name="lengthOf"/> tells a stored file's length by its key, so that an
    /// enclosure names the length of the bytes it leads to.</summary>
    public static RssChannel ToRss(this Feed feed, Func<string, string> absolute, IMarkdownRenderer markdown, Func<string, long?> lengthOf)
    {
        ArgumentNullException.ThrowIfNull(lengthOf);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(absolute);
        ArgumentNullException.ThrowIfNull(markdown);
        var category = feed.Category;
        return new RssChannel(
            category is null ? PortalFeedTitle : CategoryFeedTitle(category.Name),
            absolute(category is null ? Urls.Home : Urls.Category(category.Slug)),
            absolute(category is null ? Urls.Feed : Urls.CategoryFeed(category.Slug)),
            category is null ? PortalFeedDescription : CategoryFeedDescription(category.Name),
            feed.Items.Count == 0 ? null : VietnamTime.Rfc822(feed.Items.Max(i => i.PublishedAtUtc)),
            feed.Items.Select(item => new RssItem(
                item.Title,
                absolute(Urls.Article(item.Slug)),
                item.Summary ?? item.SeoDescription ?? VietnameseText.Excerpt(markdown.ToPlainText(item.BodyWhenNoDescription)),
                VietnamTime.Rfc822(item.PublishedAtUtc),
                item.CategoryName,
                item.Image is { } image ? Enclosure(image, absolute, lengthOf) : null)).ToList());
    }

    // The share cards' copy of a featured image (readers are never sent the uploaded file of an image, ADR-013).
    private static RssEnclosure Enclosure(FeedImage image, Func<string, string> absolute, Func<string, long?> lengthOf)
    {
        var stored = image.Image;
        if (stored.Variants is { } variants && Picture.ShareVariant(stored) is { } shared
            && lengthOf(variants.StorageKey(shared.Width, variants.Extension)) is { } length)
        {
            return new RssEnclosure(absolute(shared.Url), length, ImageVariants.ContentTypes[variants.Extension]);
        }
        return new RssEnclosure(absolute(image.Url), image.SizeBytes, image.ContentType);
    }

    public static IReadOnlyList<SitemapUrl> ToSitemapIndex(this IReadOnlyList<SitemapPart> parts, IReadOnlyList<SitemapSection> sections, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(absolute);
        var newest = sections.Max(s => s.LastModifiedUtc);
        return [new SitemapUrl(absolute(Urls.SitemapPages), Iso(newest)),
            .. parts.Select(p => new SitemapUrl(absolute(Urls.SitemapArticles(p.Number)), Iso(p.LastModifiedUtc)))];
    }

    public static IReadOnlyList<SitemapUrl> ToSitemap(this IReadOnlyList<SitemapSection> sections, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(absolute);
        return sections.Select(s => new SitemapUrl(absolute(s.Category is null ? Urls.Home : Urls.Category(s.Category.Slug)), Iso(s.LastModifiedUtc))).ToList();
    }

    public static IReadOnlyList<SitemapUrl> ToSitemap(this IReadOnlyList<SitemapEntry> entries, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absolute);
        return entries.Select(e => new SitemapUrl(absolute(Urls.Article(e.Slug)), Iso(e.LastModifiedUtc))).ToList();
    }

    public static IReadOnlyList<NewsSitemapUrl> ToNewsSitemap(this IReadOnlyList<NewsSitemapEntry> entries, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absolute);
        return entries.Select(e => new NewsSitemapUrl(absolute(Urls.Article(e.Slug)), e.Title, VietnamTime.IsoDateTimeWithOffset(e.PublishedAtUtc))).ToList();
    }

    private static string? Iso(DateTime? utc) => utc is { } value ? VietnamTime.IsoDateTimeWithOffset(value) : null;
}
