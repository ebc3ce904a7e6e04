using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Core.Markdown;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.ViewComponents;

/// <summary>The sidebar "Xuất bản thông tin": the latest published items with their weekday date lines.</summary>
public sealed class LatestArticlesViewComponent(PublishedArticles articles, IMarkdownRenderer markdown, IOptions<HealthNewsOptions> options)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await articles.ListLatestPublishedAsync(options.Value.LatestCount, HttpContext.RequestAborted);
        return View(items.Select(a => ArticleCardViewModel.From(a, markdown)).ToList());
    }
}
