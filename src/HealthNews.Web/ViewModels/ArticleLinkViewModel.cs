using HealthNews.Core.Articles;
using HealthNews.Core.Text;

namespace HealthNews.Web.ViewModels;

/// <summary>A title link with its date line, for "Xuất bản thông tin" and "Tin liên quan".</summary>
public sealed record ArticleLinkViewModel(string Title, string Url, string DateLine, string IsoDate)
{
    public static ArticleLinkViewModel From(ArticleLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new ArticleLinkViewModel(
            link.Title, Urls.Article(link.Slug), VietnamTime.ListingDateLine(link.PublishedAtUtc, Edition.Current.Language), VietnamTime.IsoDateTime(link.PublishedAtUtc));
    }
}
