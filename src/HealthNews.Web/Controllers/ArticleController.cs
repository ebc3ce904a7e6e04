using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Web.Caching;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Controllers;

public sealed class ArticleController(PortalPages pages, IMarkdownRenderer markdown, IStringLocalizer<PortalText> text) : Controller
{
    [HttpGet(Urls.ArticleRoute)]
    [HttpGet(Urls.EnglishArticleRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var language = Edition.Current.Language;
        var articlePage = await pages.GetArticlePageAsync(slug, language, cancellationToken);
        if (articlePage is not null)
        {
            return View(articlePage.ToViewModel(markdown, text));
        }
        // An address changed by an editor keeps working.
        var moved = await pages.FindMovedArticleAsync(slug, language, cancellationToken);
        return moved is null ? NotFound() : RedirectPermanent(Urls.Article(moved));
    }
}
