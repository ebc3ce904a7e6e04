using System.Globalization;
using System.Net;
using System.Xml.Linq;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Feeds;

/// <summary>Each test gets its own portal: some change its settings, some count its queries, some publish.</summary>
public abstract class SitemapTests(string provider) : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(provider);

    public Task InitializeAsync() => ((IAsyncLifetime)_portal).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_portal).DisposeAsync();

    private static List<(string Location, string? LastModified)> Entries(XDocument? document, string root, string entry)
    {
        Assert.NotNull(document);
        Assert.Equal(FeedXml.Sitemap + root, document.Root!.Name);
        return document.Root.Elements(FeedXml.Sitemap + entry)
            .Select(e => (e.Element(FeedXml.Sitemap + "loc")!.Value, e.Element(FeedXml.Sitemap + "lastmod")?.Value)).ToList();
    }

    /// <summary>The index's child sitemaps, and every address the article sitemaps list.</summary>
    private static async Task<(List<(string Location, string? LastModified)> Index, List<string> Articles)> ReadAllAsync(HttpClient client)
    {
        var (response, index) = await client.GetXmlAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var children = Entries(index, "sitemapindex", "sitemap");
        var articles = new List<string>();
        foreach (var (location, _) in children.Where(c => c.Location.Contains("/sitemap-articles-", StringComparison.Ordinal)))
        {
            var (_, child) = await client.GetXmlAsync(FeedXml.AssertAbsolute(location).AbsolutePath);
            articles.AddRange(Entries(child, "urlset", "url").Select(u => u.Location));
        }
        return (children, articles);
    }

    private async Task<List<string>> VisibleArticleUrlsAsync(string root) =>
        (await _portal.VisibleSlugsAsync()).Select(slug => root + Urls.Article(slug)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task TheIndexNamesThePagesSitemapAndTheArticleSitemapsWithTheirLastChange()
    {
        using var client = _portal.CreateClient();

        var (index, articles) = await ReadAllAsync(client);

        Assert.Equal(["http://localhost/sitemap-pages.xml", "http://localhost/sitemap-articles-1.xml"], index.Select(c => c.Location));
        Assert.All(index, c => FeedXml.ParseVietnamIso(c.LastModified));
        Assert.Equal(new DateTimeOffset(2025, 7, 10, 7, 50, 0, TimeSpan.FromHours(7)), FeedXml.ParseVietnamIso(index[1].LastModified));
        Assert.Equal(await VisibleArticleUrlsAsync("http://localhost"), articles.Order(StringComparer.Ordinal));
        var (_, pages) = await client.GetXmlAsync("/sitemap-pages.xml");
        var sections = Entries(pages, "urlset", "url");
        Assert.Equal("http://localhost/", sections[0].Location);
        Assert.Contains(sections, s => s.Location == "http://localhost/chuyen-muc/hoat-dong-cua-lanh-dao-bo"
            && FeedXml.ParseVietnamIso(s.LastModified) == new DateTimeOffset(2025, 6, 17, 8, 8, 0, TimeSpan.FromHours(7)));
        Assert.Equal(7, sections.Count); // the home page and the six categories
    }

    [Fact]
    public async Task ArticleSitemapsSplitAtTheConfiguredNumberOfAddresses()
    {
        _portal.Settings["HealthNews:SitemapUrlsPerFile"] = "10";
        _portal.Settings["HealthNews:PublicBaseUrl"] = "https://moh.gov.vn";
        using var client = _portal.CreateClient();

        var (index, articles) = await ReadAllAsync(client);

        var parts = index.Where(c => c.Location.Contains("/sitemap-articles-", StringComparison.Ordinal)).ToList();
        Assert.True(parts.Count >= 4, $"{parts.Count} article sitemaps");
        Assert.All(index, c => Assert.StartsWith("https://moh.gov.vn/sitemap-", c.Location, StringComparison.Ordinal));
        foreach (var (location, lastModified) in parts)
        {
            var (_, child) = await client.GetXmlAsync(new Uri(location).AbsolutePath);
            var urls = Entries(child, "urlset", "url");
            Assert.InRange(urls.Count, 1, 10);
            Assert.Equal(urls.Max(u => FeedXml.ParseVietnamIso(u.LastModified)), FeedXml.ParseVietnamIso(lastModified));
        }
        Assert.Equal(articles.Count, articles.Distinct().Count());
        Assert.Equal(await VisibleArticleUrlsAsync("https://moh.gov.vn"), articles.Order(StringComparer.Ordinal));
        var (past, _) = await client.GetXmlAsync("/sitemap-articles-999.xml");
        var (zero, _) = await client.GetXmlAsync("/sitemap-articles-0.xml");
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zero.StatusCode);
    }

    [Fact]
    public async Task SitemapsListNoDraftScheduledUnpublishedOrArchivedArticle()
    {
        var now = _portal.Clock.GetUtcNow().UtcDateTime;
        string[] hidden = ["sm-ban-nhap", "sm-cho-duyet", "sm-hen-gio", "sm-da-go", "sm-luu-tru"];
        await _portal.AddAsync(categoryId =>
        [
            ArticleRows.New(categoryId, "sm-da-dang", ArticleStatus.Published, now.AddHours(-1)),
            ArticleRows.New(categoryId, hidden[0], ArticleStatus.Draft, now.AddHours(-1)),
            ArticleRows.New(categoryId, hidden[1], ArticleStatus.InReview, now.AddHours(-1)),
            ArticleRows.New(categoryId, hidden[2], ArticleStatus.Published, now.AddHours(1)),
            ArticleRows.New(categoryId, hidden[3], ArticleStatus.Unpublished, now.AddHours(-1)),
            ArticleRows.New(categoryId, hidden[4], ArticleStatus.Archived, now.AddHours(-1)),
        ]);
        using var client = _portal.CreateClient();

        var (_, articles) = await ReadAllAsync(client);
        var (_, news) = await client.GetXmlAsync("/sitemap-news.xml");

        var newsUrls = Entries(news, "urlset", "url").Select(u => u.Location).ToList();
        Assert.Contains("http://localhost/tin-tuc/sm-da-dang", articles);
        Assert.Equal(["http://localhost/tin-tuc/sm-da-dang"], newsUrls);
        Assert.All(hidden, slug => Assert.DoesNotContain("http://localhost/tin-tuc/" + slug, articles));
    }

    [Fact]
    public async Task TheNewsSitemapListsWhatWasPublishedInTheLast48Hours()
    {
        var now = _portal.Clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        await _portal.AddAsync(categoryId =>
        [
            ArticleRows.New(categoryId, "tin-mot-gio-truoc", ArticleStatus.Published, now.AddHours(-1), "Tin một giờ trước"),
            ArticleRows.New(categoryId, "tin-47-gio-truoc", ArticleStatus.Published, now.AddHours(-47), "Tin 47 giờ trước"),
            ArticleRows.New(categoryId, "tin-49-gio-truoc", ArticleStatus.Published, now.AddHours(-49), "Tin 49 giờ trước"),
        ]);
        using var client = _portal.CreateClient();

        var (response, document) = await client.GetXmlAsync("/sitemap-news.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var urls = document!.Root!.Elements(FeedXml.Sitemap + "url").ToList();
        Assert.Equal(["http://localhost/tin-tuc/tin-mot-gio-truoc", "http://localhost/tin-tuc/tin-47-gio-truoc"],
            urls.Select(u => u.Element(FeedXml.Sitemap + "loc")!.Value));
        var first = urls[0].Element(FeedXml.News + "news")!;
        var publication = first.Element(FeedXml.News + "publication")!;
        Assert.Equal("Bộ Y tế", publication.Element(FeedXml.News + "name")?.Value);
        Assert.Equal("vi", publication.Element(FeedXml.News + "language")?.Value);
        Assert.Equal("Tin một giờ trước", first.Element(FeedXml.News + "title")?.Value);
        Assert.Equal(new DateTimeOffset(now.AddHours(-1), TimeSpan.Zero), FeedXml.ParseVietnamIso(first.Element(FeedXml.News + "publication_date")?.Value));
    }

    [Fact]
    public async Task TheArticleSitemapsReadSlugsAndTimesNeverBodies()
    {
        using var client = _portal.CreateClient();
        (await client.GetAsync(new Uri("/", UriKind.Relative))).Dispose(); // the model and the categories are loaded
        _portal.Commands.Reset();

        var (_, index) = await client.GetXmlAsync("/sitemap.xml");
        var (_, articles) = await client.GetXmlAsync("/sitemap-articles-1.xml");

        Assert.NotNull(index);
        Assert.NotNull(articles);
        Assert.NotEmpty(_portal.Commands.QueryTexts);
        Assert.All(_portal.Commands.QueryTexts, sql =>
        {
            Assert.DoesNotContain("Body", sql, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Summary", sql, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Title", sql, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task RobotsTxtNamesTheSitemapsAndKeepsCrawlersOutOfTheNewsroom()
    {
        _portal.Settings["HealthNews:PublicBaseUrl"] = "https://moh.gov.vn";
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["User-agent: *", "Disallow: /admin", "Sitemap: https://moh.gov.vn/sitemap.xml", "Sitemap: https://moh.gov.vn/sitemap-news.xml"], lines);
    }

    [Fact]
    public async Task FeedsAndSitemapsAreCachedAndShowAPublishOnTheVeryNextRequest()
    {
        string[] urls = ["/rss", "/chuyen-muc/tin-tong-hop/rss", "/sitemap.xml", "/sitemap-pages.xml", "/sitemap-articles-1.xml", "/sitemap-news.xml", "/robots.txt"];
        using var reader = _portal.CreateClient();
        var before = new Dictionary<string, string>();
        foreach (var url in urls)
        {
            before[url] = await reader.GetStringAsync(new Uri(url, UriKind.Relative));
            _portal.Commands.Reset();
            Assert.Equal(before[url], await reader.GetStringAsync(new Uri(url, UriKind.Relative)));
            Assert.Equal(0, _portal.Commands.Count);
        }
        using var editor = await _portal.SignInAsync(Roles.Editor);
        var categoryId = 0;
        await _portal.WithDbAsync(async db => categoryId = await db.Categories.Where(c => c.Slug == "tin-tong-hop").Select(c => c.Id).SingleAsync());
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = "Tin mới nhất từ Bộ Y tế", ["Body"] = "Nội dung.", ["CategoryId"] = categoryId.ToString(CultureInfo.InvariantCulture),
        });
        var id = created.Headers.Location!.OriginalString.Split('/')[3];

        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", [])).Dispose();

        foreach (var url in new[] { "/rss", "/chuyen-muc/tin-tong-hop/rss", "/sitemap-articles-1.xml", "/sitemap-news.xml" })
        {
            Assert.Contains("http://localhost/tin-tuc/tin-moi-nhat-tu-bo-y-te", await reader.GetStringAsync(new Uri(url, UriKind.Relative)), StringComparison.Ordinal);
        }
        Assert.NotEqual(before["/sitemap.xml"], await reader.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative))); // a newer lastmod
    }
}

public sealed class SitemapTestsOnSqlite() : SitemapTests(DatabaseOptions.Sqlite);

public sealed class SitemapTestsOnPostgreSql() : SitemapTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class SitemapTestsOnSqlServer() : SitemapTests(DatabaseOptions.SqlServer);
