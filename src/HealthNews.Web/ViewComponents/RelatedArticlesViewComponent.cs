using HealthNews.Core.Articles;
using HealthNews.Core.Caching;
using HealthNews.Core.Configuration;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.ViewComponents;

/// <summary>"Tin liên quan": other published articles of the article's category, newest first.</summary>
public sealed class RelatedArticlesViewComponent(PublishedArticles articles, PublicDataCache cache, IOptions<HealthNewsOptions> options)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int articleId, int categoryId)
    {
        var count = options.Value.RelatedCount;
        var cancellationToken = HttpContext.RequestAborted;
        // The category's newest items are the same for every article in it, so they are kept in memory like the sidebar
        // (evicted with the pages, never past the next scheduled publish), one more than shown: the article leaves itself out.
        var newest = await cache.GetOrLoadArticleDataAsync($"newest-in-category:{categoryId}:{count + 1}", articles, async () =>
            (await articles.ListNewestInCategoryAsync(categoryId, count + 1, cancellationToken))
                .Select(a => (a.Id, Link: ArticleLinkViewModel.From(a))).ToList(), cancellationToken);
        return View(newest.Where(a => a.Id != articleId).Take(count).Select(a => a.Link).ToList());
    }
}
