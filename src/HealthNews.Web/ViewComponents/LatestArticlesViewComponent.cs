using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.ViewComponents;

/// <summary>The sidebar "Xuất bản thông tin": the latest published items with their weekday date lines.</summary>
public sealed class LatestArticlesViewComponent(PortalPages pages, IOptions<HealthNewsOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await pages.ListLatestAsync(options.Value.LatestCount, Edition.Current.Language, HttpContext.RequestAborted);
        return View(items.Select(ArticleLinkViewModel.From).ToList());
    }
}
