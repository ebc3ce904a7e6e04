using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Controllers;

public sealed class ArticleController(PortalPages pages, IMarkdownRenderer markdown) : Controller
{
    [HttpGet("/tin-tuc/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var articlePage = await pages.GetArticlePageAsync(slug, cancellationToken);
        return articlePage is null ? NotFound() : View(articlePage.ToViewModel(markdown));
    }
}
