using System.Net;
using System.Xml.Linq;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Feeds;

public abstract class RssFeedTests(PortalFactory portal)
{
    private const string LeadershipFeed = "/chuyen-muc/hoat-dong-cua-lanh-dao-bo/rss";
    private const string UndpSlug = "thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who";

    private static XElement Channel(XDocument? feed)
    {
        Assert.NotNull(feed);
        var rss = feed.Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", rss.Attribute("version")?.Value);
        return Assert.Single(rss.Elements("channel"));
    }

    private static XElement Item(XElement channel, string slug) =>
        channel.Elements("item").Single(i => i.Element("link")!.Value.EndsWith("/tin-tuc/" + slug, StringComparison.Ordinal));

    [Fact]
    public async Task ThePortalFeedIsRss20WithTheTwentyNewestVisibleItems()
    {
        using var client = portal.CreateClient();

        var (response, feed) = await client.GetXmlAsync("/rss");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var channel = Channel(feed);
        Assert.Equal("Bộ Y tế - Cổng thông tin điện tử", channel.Element("title")?.Value);
        Assert.Equal("/", FeedXml.AssertAbsolute(channel.Element("link")?.Value).AbsolutePath);
        Assert.Contains("Bộ Y tế", channel.Element("description")?.Value, StringComparison.Ordinal);
        Assert.Equal("vi", channel.Element("language")?.Value);
        FeedXml.ParseRfc822(channel.Element("lastBuildDate")?.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(20, items.Count);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")?.Value));
            Assert.NotEqual("", item.Element("description")?.Value.Trim()); // left out when the item has no text at all
            Assert.False(string.IsNullOrWhiteSpace(item.Element("category")?.Value));
            var link = FeedXml.AssertAbsolute(item.Element("link")?.Value);
            Assert.Equal(link.ToString(), item.Element("guid")?.Value);
            FeedXml.ParseRfc822(item.Element("pubDate")?.Value);
        }
        Assert.Contains(items, i => !string.IsNullOrWhiteSpace(i.Element("description")?.Value));
        var dates = items.Select(i => FeedXml.ParseRfc822(i.Element("pubDate")!.Value)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var newest = new List<string>();
        await portal.WithDbAsync(async db => newest = await db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc <= DateTime.UtcNow && a.Language == ContentLanguage.Vietnamese)
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id).Take(20).Select(a => a.Slug).ToListAsync());
        Assert.Equal(newest, items.Select(i => new Uri(i.Element("link")!.Value).AbsolutePath["/tin-tuc/".Length..]));
    }

    [Fact]
    public async Task ItemDatesAreRfc822InVietnamTime()
    {
        using var client = portal.CreateClient();

        var (_, feed) = await client.GetXmlAsync(LeadershipFeed);

        var item = Item(Channel(feed), UndpSlug);
        Assert.Equal("Tue, 17 Jun 2025 08:08:00 +0700", item.Element("pubDate")!.Value);
        Assert.Equal(new DateTimeOffset(2025, 6, 17, 1, 8, 0, TimeSpan.Zero), FeedXml.ParseRfc822(item.Element("pubDate")!.Value));
    }

    [Fact]
    public async Task ACategoryFeedHoldsOnlyThatCategorysNewestItems()
    {
        using var client = portal.CreateClient();

        var (_, feed) = await client.GetXmlAsync(LeadershipFeed);
        var (missing, _) = await client.GetXmlAsync("/chuyen-muc/khong-co-chuyen-muc-nay/rss");

        var channel = Channel(feed);
        Assert.Equal("Hoạt động của lãnh đạo Bộ - Bộ Y tế", channel.Element("title")?.Value);
        Assert.Equal("/chuyen-muc/hoat-dong-cua-lanh-dao-bo", FeedXml.AssertAbsolute(channel.Element("link")?.Value).AbsolutePath);
        Assert.Contains("Hoạt động của lãnh đạo Bộ", channel.Element("description")?.Value, StringComparison.Ordinal);
        var items = channel.Elements("item").ToList();
        Assert.Equal(20, items.Count);
        Assert.All(items, i => Assert.Equal("Hoạt động của lãnh đạo Bộ", i.Element("category")?.Value));
        Assert.EndsWith("/tin-tuc/" + UndpSlug, items[0].Element("link")!.Value, StringComparison.Ordinal); // newest first
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AFeaturedImageTravelsAsAnEnclosureWithItsLengthAndType()
    {
        using var client = portal.CreateClient();

        var (_, feed) = await client.GetXmlAsync(LeadershipFeed);

        var enclosure = Item(Channel(feed), UndpSlug).Element("enclosure")!;
        var url = FeedXml.AssertAbsolute(enclosure.Attribute("url")?.Value);
        Assert.Equal("image/jpeg", enclosure.Attribute("type")?.Value);
        Assert.Matches(@"/media/\d+/[0-9a-f]{16}/1280\.jpg$", url.AbsolutePath); // the share cards' copy, never the uploaded file
        var bytes = await client.GetByteArrayAsync(new Uri(url.AbsolutePath, UriKind.Relative));
        Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), enclosure.Attribute("length")?.Value);
    }

    [Fact]
    public async Task FeedsLeaveOutDraftsScheduledUnpublishedAndArchivedArticles()
    {
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        string[] hidden = ["rss-ban-nhap", "rss-cho-duyet", "rss-hen-gio", "rss-da-go", "rss-luu-tru"];
        await portal.AddAsync(categoryId =>
        [
            ArticleRows.New(categoryId, hidden[0], ArticleStatus.Draft, now.AddMinutes(-1)),
            ArticleRows.New(categoryId, hidden[1], ArticleStatus.InReview, now.AddMinutes(-1)),
            ArticleRows.New(categoryId, hidden[2], ArticleStatus.Published, now.AddHours(1)),
            ArticleRows.New(categoryId, hidden[3], ArticleStatus.Unpublished, now.AddMinutes(-1)),
            ArticleRows.New(categoryId, hidden[4], ArticleStatus.Archived, now.AddMinutes(-1)),
        ], "hoat-dong-cua-lanh-dao-bo");
        using var client = portal.CreateClient();

        foreach (var url in new[] { "/rss", LeadershipFeed })
        {
            var (_, feed) = await client.GetXmlAsync(url);

            var links = Channel(feed).Elements("item").Select(i => i.Element("link")!.Value).ToList();
            Assert.Equal(20, links.Count);
            Assert.All(hidden, slug => Assert.DoesNotContain(links, link => link.EndsWith("/" + slug, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("/rss")]
    [InlineData("/sitemap-articles-1.xml")]
    public async Task FeedsAndSitemapsAreCompressed(string url)
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Theory]
    [InlineData("/", "/rss")]
    [InlineData("/chuyen-muc/tin-tong-hop", "/chuyen-muc/tin-tong-hop/rss")]
    [InlineData("/chuyen-muc/tin-tong-hop?page=1", "/chuyen-muc/tin-tong-hop/rss")]
    public async Task TheHomePageAndCategoryPagesAdvertiseTheirFeeds(string page, string feedPath)
    {
        using var client = portal.CreateClient();

        var (_, document, _) = await client.GetPageAsync(page);

        var link = document.QuerySelectorAll("link[rel=alternate][type='application/rss+xml']").Single();
        var href = FeedXml.AssertAbsolute(link.GetAttribute("href"));
        Assert.Equal(feedPath, href.AbsolutePath);
        Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")));
        var (response, feed) = await client.GetXmlAsync(href.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Channel(feed);
    }
}

public sealed class RssFeedTestsOnSqlite(SqlitePortal portal) : RssFeedTests(portal), IClassFixture<SqlitePortal>;

public sealed class RssFeedTestsOnPostgreSql(PostgreSqlPortal portal) : RssFeedTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class RssFeedTestsOnSqlServer(SqlServerPortal portal) : RssFeedTests(portal), IClassFixture<SqlServerPortal>;
