using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Search;
using HealthNews.Web.Caching;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Controllers;

/// <summary>"/tim-kiem?q=…": full-text search of what readers may see, with an optional category and dates.</summary>
public sealed class SearchController(ArticleSearch search, CategoryDirectory categories, IMarkdownRenderer markdown,
    IStringLocalizer<PortalText> text) : Controller
{
    [HttpGet(Urls.SearchRoute)]
    [HttpGet(Urls.EnglishSearchRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName, VaryByQueryKeys = ["q", "chuyen-muc", "tu", "den", "page"])]
    public async Task<IActionResult> Index(
        [FromQuery] string? q,
        [FromQuery(Name = "chuyen-muc")] string? category,
        [FromQuery] string? tu,
        [FromQuery] string? den,
        [FromQuery] string? page,
        CancellationToken cancellationToken = default)
    {
        if (!SearchForm.IsPageNumber(page))
        {
            return NotFound(); // "?page=-1", "?page=abc": no such page, as on the listings
        }
        var form = SearchForm.Read(q, category, tu, den, page);
        var all = await categories.ListAllAsync(cancellationToken);
        var results = form.Problem is null
            ? await search.SearchAsync(form.ToRequest() with { Language = Edition.Current.Language }, cancellationToken)
            : null;
        return View(SearchPageViewModel.Create(form, results, all, markdown, text));
    }
}
