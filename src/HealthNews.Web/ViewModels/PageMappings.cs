using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using HealthNews.Core.Text;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.ViewModels;

/// <summary>
/// Read models to view models: the one place where UTC becomes Vietnam time and Markdown becomes HTML. Pages are built
/// in the current request's edition (<see cref="Edition.Current"/>): its category names and slugs, its words
/// (the localizer each method is given) and its addresses.
/// </summary>
public static class PageMappings
{
    private static BreadcrumbItem Home(IStringLocalizer text) => new(text["Trang chủ"], Urls.Home);

    public static HomeViewModel ToViewModel(this HomePage home, IMarkdownRenderer markdown, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(text);
        var edition = Edition.Current;
        return new(home.Lead is { } lead ? ArticleCardViewModel.From(lead, markdown) : null, home.Sections.Select(s => new HomeSectionViewModel(
            s.Category.NameIn(edition.Language),
            Urls.Category(s.Category.SlugIn(edition.Language)),
            "muc-" + s.Category.SlugIn(edition.Language),
            s.Articles.Select(a => ArticleCardViewModel.From(a, markdown)).ToList())).ToList())
        {
            ShareCard = ShareCardViewModel.ForWebsite(text[SiteIdentity.HomeTitle], Urls.Home),
            Feed = (text[Feeds.FeedMappings.PortalFeedTitle], Urls.Feed),
            LanguageSwitch = LanguageSwitchViewModel.SamePage(edition.Other, Urls.HomeOf(edition.Other), Urls.Home),
        };
    }

    public static CategoryPageViewModel ToViewModel(this CategoryPage page, IMarkdownRenderer markdown, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(text);
        var edition = Edition.Current;
        var slug = page.Category.SlugIn(edition.Language);
        var name = page.Category.NameIn(edition.Language);
        return new CategoryPageViewModel(
            name,
            [Home(text), .. page.Path.Select(c => new BreadcrumbItem(c.NameIn(edition.Language),
                c.Id == page.Category.Id ? null : Urls.Category(c.SlugIn(edition.Language))))],
            page.Articles.Items.Select(a => ArticleCardViewModel.From(a, markdown)).ToList(),
            new PaginationViewModel(page.Articles.Page, page.Articles.TotalPages, p => Urls.Category(slug, p)),
            Urls.Category(slug, page.Articles.Page),
            Urls.CategoryFeed(slug))
        {
            Title = page.Articles.Page > 1 ? text["{0} - Trang {1}", name, page.Articles.Page] : name,
            FeedTitle = text[Feeds.FeedMappings.CategoryFeedTitleFormat, name],
            LanguageSwitch = LanguageSwitchViewModel.SamePage(edition.Other,
                Urls.Category(page.Category.SlugIn(edition.Other.Language), edition.Other), Urls.Category(slug)),
        };
    }

    public static TagPageViewModel ToViewModel(this TagPage page, IMarkdownRenderer markdown, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(text);
        var slug = page.Tag.Slug;
        var heading = text["Thẻ: {0}", page.Tag.Name];
        return new TagPageViewModel(
            page.Tag.Name,
            [Home(text), new BreadcrumbItem(heading, null)],
            page.Articles.Items.Select(a => ArticleCardViewModel.From(a, markdown)).ToList(),
            new PaginationViewModel(page.Articles.Page, page.Articles.TotalPages, p => Urls.Tag(slug, p)),
            Urls.Tag(slug, page.Articles.Page))
        {
            Heading = heading,
            Title = page.Articles.Page > 1 ? text["{0} - Trang {1}", heading, page.Articles.Page] : heading,
        };
    }

    public static ArticlePageViewModel ToViewModel(this ArticlePage page, IMarkdownRenderer markdown, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(page);
        var article = page.Article;
        var bodyHtml = article.BodyHtml
            ?? markdown.ToHtml(article.Body, (article.ImageSizes ?? new Dictionary<int, StoredImage>()).ImageLookup());
        // The featured image leads the page unless the body already shows it; either way it is the share cards' image.
        var featured = article.FeaturedImage is { } image && !bodyHtml.Contains("\"" + MediaUrls.PathOf(image.Id), StringComparison.Ordinal) ? image : null;
        var canonicalUrl = Urls.Article(article.Slug);
        var description = article.SeoDescription ?? article.Summary;
        var modifiedUtc = article.UpdatedAtUtc > article.PublishedAtUtc ? article.UpdatedAtUtc : article.PublishedAtUtc;
        var shareCard = new ShareCardViewModel(ShareCardViewModel.Article, article.Title, canonicalUrl, description)
        {
            Image = article.FeaturedImage is { } shared ? ShareImageViewModel.Of(shared) : null,
            PublishedTime = VietnamTime.IsoDateTimeWithOffset(article.PublishedAtUtc),
            ModifiedTime = VietnamTime.IsoDateTimeWithOffset(modifiedUtc),
            Section = article.Category.NameIn(article.Language),
        };
        return new ArticlePageViewModel(
            article.Id,
            article.Category.Id,
            article.Title,
            article.Summary,
            VietnamTime.ArticleDateLine(article.PublishedAtUtc, article.Language),
            VietnamTime.IsoDateTime(article.PublishedAtUtc),
            bodyHtml,
            article.AuthorName,
            featured,
            featured is null ? null : article.FeaturedImageCaption,
            [Home(text), .. page.CategoryPath.Select(c => new BreadcrumbItem(c.NameIn(article.Language), Urls.Category(c.SlugIn(article.Language))))],
            article.Attachments.Select(a => new AttachmentViewModel(a.FileName, a.Url, FileSizes.Format(a.SizeBytes))).ToList(),
            canonicalUrl,
            description,
            shareCard)
        {
            Tags = page.Tags.Select(t => new TagLinkViewModel(t.Name, t.Id == 0 ? null : Urls.Tag(t.Slug))).ToList(),
            PreviewRelatedIds = page.PreviewRelatedIds,
            Language = article.Language,
            LanguageSwitch = page.Translation is { } translation
                ? LanguageSwitchViewModel.SamePage(Edition.Of(translation.Language), Urls.Article(translation.Slug, Edition.Of(translation.Language)), canonicalUrl)
                : LanguageSwitchViewModel.ToHomeOf(Edition.Of(article.Language).Other),
        };
    }
}
