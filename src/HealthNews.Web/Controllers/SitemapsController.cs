using System.Text;
using HealthNews.Core.Articles;
using HealthNews.Web.Caching;
using HealthNews.Web.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace HealthNews.Web.Controllers;

/// <summary>The sitemap index and its children, the Google News sitemap and robots.txt, which names them.</summary>
public sealed class SitemapsController(PortalFeeds feeds, PublicAddress address) : Controller
{
    [HttpGet(Urls.SitemapRoute)]
    [HttpGet(Urls.EnglishSitemapRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var parts = await feeds.ListSitemapPartsAsync(Language, cancellationToken);
        var sections = await feeds.ListSitemapSectionsAsync(Language, cancellationToken);
        return Xml(FeedWriter.SitemapIndex(parts.ToSitemapIndex(sections, Absolute)));
    }

    [HttpGet(Urls.SitemapPagesRoute)]
    [HttpGet(Urls.EnglishSitemapPagesRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Pages(CancellationToken cancellationToken) =>
        Xml(FeedWriter.UrlSet((await feeds.ListSitemapSectionsAsync(Language, cancellationToken)).ToSitemap(Absolute)));

    [HttpGet(Urls.SitemapArticlesRoute)]
    [HttpGet(Urls.EnglishSitemapArticlesRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Articles(int part, CancellationToken cancellationToken)
    {
        var entries = await feeds.ListForSitemapAsync(part, Language, cancellationToken);
        return entries.Count == 0 ? NotFound() : Xml(FeedWriter.UrlSet(entries.ToSitemap(Absolute)));
    }

    [HttpGet(Urls.SitemapNewsRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> News(CancellationToken cancellationToken) =>
        Xml(FeedWriter.NewsSitemap((await feeds.ListForNewsSitemapAsync(cancellationToken)).ToNewsSitemap(Absolute)));

    [HttpGet(Urls.RobotsRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public IActionResult Robots() => Content(
        $"User-agent: *\nDisallow: {Urls.Admin.Root}\n\nSitemap: {Absolute(Urls.Sitemap)}\nSitemap: {Absolute(Urls.SitemapNews)}\n",
        "text/plain", Encoding.UTF8);

    private string Absolute(string path) => address.For(Request, path);

    // Each edition has its own sitemaps, at its own addresses (ADR-017); the news sitemap lists both, each item in its language.
    private static string Language => Edition.Current.Language;

    private FileContentResult Xml(byte[] xml) => File(xml, FeedWriter.XmlContentType);
}
