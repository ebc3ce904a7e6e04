using HealthNews.Core.Articles;
using HealthNews.Core.Caching;
using HealthNews.Core.Configuration;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.ViewComponents;

/// <summary>The sidebar "Xuất bản thông tin": the latest published items with their weekday date lines.</summary>
public sealed class LatestArticlesViewComponent(PublishedArticles articles, PublicDataCache cache, IOptions<HealthNewsOptions> options)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var count = options.Value.LatestCount;
        var cancellationToken = HttpContext.RequestAborted;
        // Kept in memory, date lines and all, until an article changes, and never past the next scheduled publish time.
        var items = await cache.GetOrLoadArticleDataAsync("latest:" + count, articles, async () =>
            (await articles.ListLatestPublishedAsync(count, cancellationToken)).Select(ArticleLinkViewModel.From).ToList(), cancellationToken);
        return View(items);
    }
}
