using HealthNews.Core.Articles;
using HealthNews.Core.Caching;
using HealthNews.Core.Configuration;
using HealthNews.Core.Markdown;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.ViewComponents;

/// <summary>The sidebar "Xuất bản thông tin": the latest published items with their weekday date lines.</summary>
public sealed class LatestArticlesViewComponent(
    PublishedArticles articles, PublicDataCache cache, IMarkdownRenderer markdown, IOptions<HealthNewsOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var count = options.Value.LatestCount;
        var cancellationToken = HttpContext.RequestAborted;
        // Kept in memory until an article changes, and never past the next scheduled publish time.
        var items = await cache.GetOrLoadAsync("latest:" + count, CacheTags.Articles, async () =>
            (await articles.ListLatestPublishedAsync(count, cancellationToken), await articles.NextScheduledPublishAtAsync(cancellationToken)));
        return View(items.Select(a => ArticleCardViewModel.From(a, markdown)).ToList());
    }
}
