using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Text;

namespace HealthNews.Web.ViewModels;

/// <summary>One item of a listing, with its dates already in Vietnam time.</summary>
public sealed record ArticleCardViewModel(
    string Title,
    string Url,
    string DateLine,
    string IsoDate,
    string Excerpt,
    MediaRef? Thumbnail)
{
    public static ArticleCardViewModel From(ArticleListItem item, IMarkdownRenderer markdown)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(markdown);
        var excerptSource = item.Summary ?? markdown.ToPlainText(item.BodyWhenNoSummary);
        return new ArticleCardViewModel(
            item.Title,
            Urls.Article(item.Slug),
            VietnamTime.ListingDateLine(item.PublishedAtUtc, Edition.Current.Language),
            VietnamTime.IsoDateTime(item.PublishedAtUtc),
            VietnameseText.Excerpt(excerptSource),
            item.Thumbnail);
    }
}
