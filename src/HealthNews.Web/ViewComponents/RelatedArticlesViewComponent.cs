using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.ViewComponents;

/// <summary>
/// "Tin liên quan": the visible items an editor picked, then other published articles of the article's category, newest
/// first; a preview shows its draft's picks instead of the live ones.
/// </summary>
public sealed class RelatedArticlesViewComponent(PortalPages pages, IOptions<HealthNewsOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int articleId, int categoryId, IReadOnlyList<int>? previewPickedIds = null)
    {
        var related = await pages.ListRelatedAsync(articleId, categoryId, options.Value.RelatedCount, previewPickedIds, Edition.Current.Language, HttpContext.RequestAborted);
        return View(related.Select(ArticleLinkViewModel.From).ToList());
    }
}
