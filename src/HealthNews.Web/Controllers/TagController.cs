using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Web.Caching;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Controllers;

public sealed class TagController(PortalPages pages, IMarkdownRenderer markdown, IStringLocalizer<PortalText> text) : Controller
{
    [HttpGet(Urls.TagRoute)]
    [HttpGet(Urls.EnglishTagRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Index(string slug, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            return NotFound();
        }
        var tagPage = await pages.GetTagPageAsync(slug, page, Edition.Current.Language, cancellationToken);
        return tagPage is null ? NotFound() : View(tagPage.ToViewModel(markdown, text));
    }
}
