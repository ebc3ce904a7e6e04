using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.ViewComponents;

/// <summary>"Tin liên quan": other published articles of the article's category, newest first.</summary>
public sealed class RelatedArticlesViewComponent(PortalPages pages, IOptions<HealthNewsOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int articleId, int categoryId)
    {
        var related = await pages.ListRelatedAsync(articleId, categoryId, options.Value.RelatedCount, HttpContext.RequestAborted);
        return View(related.Select(ArticleLinkViewModel.From).ToList());
    }
}
