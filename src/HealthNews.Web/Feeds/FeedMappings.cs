using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using HealthNews.Core.Text;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Feeds;

/// <summary>
/// Core's feed and sitemap read models to what the writers write: absolute addresses, Vietnam time. The feeds' words are
/// keys of <see cref="PortalText"/>, read in the feed's edition.
/// </summary>
public static class FeedMappings
{
    public const string PortalFeedTitle = SiteIdentity.HomeTitle;
    public const string PortalFeedDescription = "Tin tức, sự kiện mới nhất từ Cổng thông tin điện tử Bộ Y tế.";
    public const string CategoryFeedTitleFormat = "{0} - Bộ Y tế";
    public const string CategoryFeedDescriptionFormat = "Tin mới nhất của chuyên mục “{0}” trên Cổng thông tin điện tử Bộ Y tế.";

    /// <summary>A feed as RSS 2.0 writes it, in its edition's words (<paramref name="text"/>); <paramref name="lengthOf"/>
    /// tells a stored file's length by its key, so that an enclosure names the length of the bytes it leads to.</summary>
    public static RssChannel ToRss(this Feed feed, Func<string, string> absolute, IMarkdownRenderer markdown, Func<string, long?> lengthOf, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(lengthOf);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(absolute);
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(text);
        var category = feed.Category;
        var edition = Edition.Of(feed.Language);
        var name = category?.NameIn(edition.Language);
        var slug = category?.SlugIn(edition.Language);
        return new RssChannel(
            name is null ? text[PortalFeedTitle] : text[CategoryFeedTitleFormat, name],
            absolute(slug is null ? Urls.HomeOf(edition) : Urls.Category(slug, edition)),
            absolute(slug is null ? Urls.FeedOf(edition) : Urls.CategoryFeed(slug)),
            name is null ? text[PortalFeedDescription] : text[CategoryFeedDescriptionFormat, name],
            feed.Items.Count == 0 ? null : VietnamTime.Rfc822(feed.Items.Max(i => i.PublishedAtUtc)),
            feed.Items.Select(item => new RssItem(
                item.Title,
                absolute(Urls.Article(item.Slug, edition)),
                item.Summary ?? item.SeoDescription ?? VietnameseText.Excerpt(markdown.ToPlainText(item.BodyWhenNoDescription)),
                VietnamTime.Rfc822(item.PublishedAtUtc),
                item.CategoryName,
                item.Image is { } image ? Enclosure(image, absolute, lengthOf) : null)).ToList())
        {
            Language = edition.HtmlLang,
        };
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

    /// <summary>An edition's sitemap index: its pages' sitemap and its article sitemaps.</summary>
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
        // A page both editions list names its counterpart as an hreflang alternate.
        static string PathOf(SitemapSection s, Edition edition) => s.Category is null ? Urls.HomeOf(edition)
            : Urls.Category(s.Category.SlugIn(edition.Language), edition);
        return sections.Select(s =>
        {
            var edition = Edition.Of(s.Language);
            var self = absolute(PathOf(s, edition));
            return new SitemapUrl(self, Iso(s.LastModifiedUtc))
            {
                Alternates = s.ListedInBoth ? AlternatesOf((edition.Language, self), (edition.Other.Language, absolute(PathOf(s, edition.Other)))) : [],
            };
        }).ToList();
    }

    public static IReadOnlyList<SitemapUrl> ToSitemap(this IReadOnlyList<SitemapEntry> entries, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absolute);
        return entries.Select(e =>
        {
            var edition = Edition.Of(e.Language);
            var self = absolute(Urls.Article(e.Slug, edition));
            return new SitemapUrl(self, Iso(e.LastModifiedUtc))
            {
                Alternates = e.TranslationSlug is { } other
                    ? AlternatesOf((edition.Language, self), (edition.Other.Language, absolute(Urls.Article(other, edition.Other))))
                    : [],
            };
        }).ToList();
    }

    public static IReadOnlyList<NewsSitemapUrl> ToNewsSitemap(this IReadOnlyList<NewsSitemapEntry> entries, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absolute);
        return entries.Select(e => new NewsSitemapUrl(absolute(Urls.Article(e.Slug, Edition.Of(e.Language))), e.Title,
            VietnamTime.IsoDateTimeWithOffset(e.PublishedAtUtc)) { Language = e.Language }).ToList();
    }

    // Both editions' addresses of one page, Vietnamese first, as each of them lists its alternates.
    private static IReadOnlyList<SitemapAlternate> AlternatesOf((string Language, string Url) one, (string Language, string Url) other) =>
        one.Language == Core.Common.ContentLanguage.Vietnamese
            ? [new(one.Language, one.Url), new(other.Language, other.Url)]
            : [new(other.Language, other.Url), new(one.Language, one.Url)];

    private static string? Iso(DateTime? utc) => utc is { } value ? VietnamTime.IsoDateTimeWithOffset(value) : null;
}
