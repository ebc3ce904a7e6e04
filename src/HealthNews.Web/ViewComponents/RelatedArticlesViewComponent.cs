using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.ViewComponents;

/// <summary>"Tin liên quan": other published articles of the article's category, newest first.</summary>
public sealed class RelatedArticlesViewComponent(PublishedArticles articles, IOptions<HealthNewsOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int articleId, int categoryId)
    {
        var items = await articles.ListRelatedAsync(articleId, categoryId, options.Value.RelatedCount, HttpContext.RequestAborted);
        return View(items.Select(ArticleLinkViewModel.From).ToList());
    }
}
