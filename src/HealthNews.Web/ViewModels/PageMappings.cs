using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using HealthNews.Core.Text;

namespace HealthNews.Web.ViewModels;

/// <summary>Read models to view models: the one place where UTC becomes Vietnam time and Markdown becomes HTML.</summary>
public static class PageMappings
{
    // Made per page, not once: the home page's address depends on the edition being written (Edition.Current).
    private static BreadcrumbItem Home => new("Trang chủ", Urls.Home);

    public static HomeViewModel ToViewModel(this HomePage home, IMarkdownRenderer markdown) =>
        new(home.Lead is { } lead ? ArticleCardViewModel.From(lead, markdown) : null, home.Sections.Select(s => new HomeSectionViewModel(
            s.Category.Name,
            Urls.Category(s.Category.Slug),
            "muc-" + s.Category.Slug,
            s.Articles.Select(a => ArticleCardViewModel.From(a, markdown)).ToList())).ToList());

    public static CategoryPageViewModel ToViewModel(this CategoryPage page, IMarkdownRenderer markdown)
    {
        ArgumentNullException.ThrowIfNull(page);
        var slug = page.Category.Slug;
        return new CategoryPageViewModel(
            page.Category.Name,
            [Home, .. page.Path.Select(c => new BreadcrumbItem(c.Name, c.Id == page.Category.Id ? null : Urls.Category(c.Slug)))],
            page.Articles.Items.Select(a => ArticleCardViewModel.From(a, markdown)).ToList(),
            new PaginationViewModel(page.Articles.Page, page.Articles.TotalPages, p => Urls.Category(slug, p)),
            Urls.Category(slug, page.Articles.Page),
            Urls.CategoryFeed(slug));
    }

    public static TagPageViewModel ToViewModel(this TagPage page, IMarkdownRenderer markdown)
    {
        ArgumentNullException.ThrowIfNull(page);
        var slug = page.Tag.Slug;
        return new TagPageViewModel(
            page.Tag.Name,
            [Home, new BreadcrumbItem("Thẻ: " + page.Tag.Name, null)],
            page.Articles.Items.Select(a => ArticleCardViewModel.From(a, markdown)).ToList(),
            new PaginationViewModel(page.Articles.Page, page.Articles.TotalPages, p => Urls.Tag(slug, p)),
            Urls.Tag(slug, page.Articles.Page));
    }

    public static ArticlePageViewModel ToViewModel(this ArticlePage page, IMarkdownRenderer markdown)
    {
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
            Section = article.Category.Name,
        };
        return new ArticlePageViewModel(
            article.Id,
            article.Category.Id,
            article.Title,
            article.Summary,
            VietnamTime.ArticleDateLine(article.PublishedAtUtc),
            VietnamTime.IsoDateTime(article.PublishedAtUtc),
            bodyHtml,
            article.AuthorName,
            featured,
            featured is null ? null : article.FeaturedImageCaption,
            [Home, .. page.CategoryPath.Select(c => new BreadcrumbItem(c.Name, Urls.Category(c.Slug)))],
            article.Attachments.Select(a => new AttachmentViewModel(a.FileName, a.Url, FileSizes.Format(a.SizeBytes))).ToList(),
            canonicalUrl,
            description,
            shareCard)
        {
            Tags = page.Tags.Select(t => new TagLinkViewModel(t.Name, t.Id == 0 ? null : Urls.Tag(t.Slug))).ToList(),
            PreviewRelatedIds = page.PreviewRelatedIds,
        };
    }
}
