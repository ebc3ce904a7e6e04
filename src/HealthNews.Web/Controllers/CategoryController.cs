using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Web.Caching;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Controllers;

public sealed class CategoryController(PortalPages pages, IMarkdownRenderer markdown, IStringLocalizer<PortalText> text) : Controller
{
    [HttpGet(Urls.CategoryRoute)]
    [HttpGet(Urls.EnglishCategoryRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Index(string slug, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            return NotFound();
        }
        var categoryPage = await pages.GetCategoryPageAsync(slug, page, Edition.Current.Language, cancellationToken);
        return categoryPage is null ? NotFound() : View(categoryPage.ToViewModel(markdown, text));
    }
}
