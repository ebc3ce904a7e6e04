using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Core.Markdown;
using HealthNews.Web.Caching;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.Controllers;

public sealed class HomeController(PortalPages pages, IMarkdownRenderer markdown, IOptions<HealthNewsOptions> options, IStringLocalizer<PortalText> text) : Controller
{
    [HttpGet(Urls.HomeRoute)]
    [HttpGet(Urls.EnglishHomeRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var home = await pages.GetHomeAsync(options.Value.HomeItemsPerCategory, Edition.Current.Language, cancellationToken);
        return View(home.ToViewModel(markdown, text));
    }
}
