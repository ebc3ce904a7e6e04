using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using HealthNews.Web.Caching;
using HealthNews.Web.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Controllers;

/// <summary>RSS 2.0: the whole portal's newest items and each category's.</summary>
public sealed class FeedsController(PortalFeeds feeds, PublicAddress address, IMarkdownRenderer markdown, IMediaStore store,
    IStringLocalizer<PortalText> text) : Controller
{
    [HttpGet(Urls.FeedRoute)]
    [HttpGet(Urls.EnglishFeedRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Portal(CancellationToken cancellationToken) =>
        Rss(await feeds.GetPortalFeedAsync(Edition.Current.Language, cancellationToken));

    [HttpGet(Urls.CategoryFeedRoute)]
    [HttpGet(Urls.EnglishCategoryFeedRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Category(string slug, CancellationToken cancellationToken) =>
        await feeds.GetCategoryFeedAsync(slug, Edition.Current.Language, cancellationToken) is { } feed ? Rss(feed) : NotFound();

    private FileContentResult Rss(Feed feed) =>
        File(FeedWriter.Rss(feed.ToRss(path => address.For(Request, path), markdown, store.LengthOf, text)), FeedWriter.RssContentType);
}
