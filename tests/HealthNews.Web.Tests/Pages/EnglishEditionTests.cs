using System.Net;
using System.Xml.Linq;
using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using HealthNews.Testing;
using HealthNews.Web.Tests.Feeds;
using HealthNews.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Pages;

/// <summary>
/// The English edition at /en (issue 17, ADR-017): each edition shows only its own articles, the language switch finds the
/// translation, English words and dates, and cached pages never cross from one edition to the other.
/// </summary>
public abstract class EnglishEditionTests(PortalFactory portal)
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    // Thursday 10/10/2024 09:09 in Vietnam (UTC+7).
    private static readonly DateTime ThursdayMorning = new(2024, 10, 10, 2, 9, 0, DateTimeKind.Utc);

    /// <summary>A Vietnamese article and, unless <paramref name="translated"/> is false, its English translation at the same slug.</summary>
    private async Task<(int Vietnamese, int? English)> AddPairAsync(string slug, string vietnameseTitle, string englishTitle, bool translated = true,
        string categorySlug = "tin-tong-hop", DateTime? publishedUtc = null)
    {
        var published = publishedUtc ?? ThursdayMorning;
        var ids = (0, (int?)null);
        await portal.WithDbAsync(async db =>
        {
            var categoryId = await db.Categories.Where(c => c.Slug == categorySlug).Select(c => c.Id).SingleAsync();
            var vietnamese = ArticleRows.New(categoryId, slug, ArticleStatus.Published, published, vietnameseTitle);
            db.Articles.Add(vietnamese);
            await db.SaveChangesAsync();
            var english = ArticleRows.New(categoryId, slug, ArticleStatus.Published, published, englishTitle);
            english.Language = ContentLanguage.English;
            english.Summary = "Summary of " + slug;
            english.TranslationOfId = translated ? vietnamese.Id : null;
            db.Articles.Add(english);
            await db.SaveChangesAsync();
            ids = (vietnamese.Id, english.Id);
        });
        await portal.Services.GetRequiredService<IPublicCache>().EvictAsync([CacheTags.Articles]);
        return ids;
    }

    private static List<string> Links(AngleSharp.Html.Dom.IHtmlDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task EachEditionListsOnlyItsOwnArticles()
    {
        await AddPairAsync("e17-chia-tach", "Bộ Y tế làm việc với WHO về tiêm chủng", "Ministry works with WHO on immunisation",
            publishedUtc: portal.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1)); // the newest of both editions
        using var client = portal.CreateClient();

        var (_, englishHome, _) = await client.GetPageAsync("/en");
        var (_, vietnameseHome, _) = await client.GetPageAsync("/");
        var englishLatest = Links(englishHome, ".sidebar .latest li a");
        var vietnameseLatest = Links(vietnameseHome, ".sidebar .latest li a");

        Assert.Contains("Ministry works with WHO on immunisation", englishLatest);
        Assert.DoesNotContain("Bộ Y tế làm việc với WHO về tiêm chủng", englishLatest);
        Assert.Contains("Bộ Y tế làm việc với WHO về tiêm chủng", vietnameseLatest);
        Assert.DoesNotContain("Ministry works with WHO on immunisation", vietnameseLatest);
        Assert.All(englishHome.QuerySelectorAll("main a[href*='/news/'], main a[href*='/tin-tuc/']"),
            a => Assert.StartsWith("/en/news/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEnglishAndAVietnameseArticleMayShareASlug()
    {
        await AddPairAsync("e17-cung-duong-dan", "Tin tiếng Việt cùng đường dẫn", "English news at the same address");
        using var client = portal.CreateClient();

        var (vietnameseResponse, vietnamese, _) = await client.GetPageAsync("/tin-tuc/e17-cung-duong-dan");
        var (englishResponse, english, _) = await client.GetPageAsync("/en/news/e17-cung-duong-dan");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (vietnameseResponse.StatusCode, englishResponse.StatusCode));
        Assert.Equal("Tin tiếng Việt cùng đường dẫn", vietnamese.QuerySelector("h1")!.TextContent);
        Assert.Equal("English news at the same address", english.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task TheLanguageSwitchLeadsToTheTranslationAndNamesItAsAnAlternate()
    {
        await AddPairAsync("e17-ban-dich", "Bài có bản dịch", "An article with a translation");
        using var client = portal.CreateClient();

        var (_, vietnamese, _) = await client.GetPageAsync("/tin-tuc/e17-ban-dich");
        var (_, english, _) = await client.GetPageAsync("/en/news/e17-ban-dich");

        var toEnglish = vietnamese.QuerySelector("header a.language-switch")!;
        Assert.Equal(("/en/news/e17-ban-dich", "English", "en"), (toEnglish.GetAttribute("href"), toEnglish.TextContent, toEnglish.GetAttribute("hreflang")));
        var toVietnamese = english.QuerySelector("header a.language-switch")!;
        Assert.Equal(("/tin-tuc/e17-ban-dich", "Tiếng Việt"), (toVietnamese.GetAttribute("href"), toVietnamese.TextContent));
        var alternates = vietnamese.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("http://localhost/tin-tuc/e17-ban-dich", alternates["vi"]);
        Assert.Equal("http://localhost/en/news/e17-ban-dich", alternates["en"]);
    }

    [Fact]
    public async Task WithoutATranslationTheSwitchLeadsToTheOtherEditionsHomeAndNamesNoAlternate()
    {
        await AddPairAsync("e17-mot-minh", "Bài chỉ có tiếng Việt", "An English article on its own", translated: false);
        using var client = portal.CreateClient();

        var (_, vietnamese, _) = await client.GetPageAsync("/tin-tuc/e17-mot-minh");
        var (_, english, _) = await client.GetPageAsync("/en/news/e17-mot-minh");

        Assert.Equal("/en", vietnamese.QuerySelector("header a.language-switch")!.GetAttribute("href"));
        Assert.Equal("/", english.QuerySelector("header a.language-switch")!.GetAttribute("href"));
        Assert.Empty(vietnamese.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Empty(english.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Fact]
    public async Task EnglishPagesSpeakEnglishWithEnglishDates()
    {
        await AddPairAsync("e17-ngay-thang", "Bài về ngày tháng", "An article about dates");
        using var client = portal.CreateClient();

        var (_, article, _) = await client.GetPageAsync("/en/news/e17-ngay-thang");
        var (_, home, _) = await client.GetPageAsync("/en");

        Assert.Equal("en", article.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Thursday, 10/10/2024 09:09", article.QuerySelector(".article .date-line time")!.TextContent);
        Assert.Equal("Home", article.QuerySelector(".breadcrumb li a")!.TextContent);
        Assert.Equal("Latest news", home.QuerySelector(".sidebar .latest h2")!.TextContent);
        Assert.Equal("Polls", home.QuerySelector(".sidebar .poll h2")!.TextContent);
        var latest = home.QuerySelectorAll(".sidebar .latest li").First(li => li.QuerySelector("a")!.TextContent == "An article about dates");
        Assert.Equal("Thursday, 10/10/2024 09:09", latest.QuerySelector("time")!.TextContent);
        Assert.Equal("Search", home.QuerySelector("header form[role=search] button")!.TextContent);
        Assert.Equal("/en/search", home.QuerySelector("header form[role=search]")!.GetAttribute("action"));
    }

    [Fact]
    public async Task RelatedNewsListsTheEnglishItemsOfTheCategoryOnly()
    {
        await AddPairAsync("e17-lien-quan-1", "Tin liên quan một", "Related item one");
        await AddPairAsync("e17-lien-quan-2", "Tin liên quan hai", "Related item two");
        using var client = portal.CreateClient();

        var (_, english, _) = await client.GetPageAsync("/en/news/e17-lien-quan-1");

        var related = english.QuerySelector("section.related")!;
        Assert.Equal("Related news", related.QuerySelector("h2")!.TextContent);
        var links = related.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/en/news/e17-lien-quan-2", links);
        Assert.All(links, href => Assert.StartsWith("/en/news/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotFoundUnderEnSpeaksEnglishAndElsewhereVietnamese()
    {
        using var client = portal.CreateClient();

        var (englishResponse, english, _) = await client.GetPageAsync("/en/news/khong-co-bai-nay");
        var (vietnameseResponse, vietnamese, _) = await client.GetPageAsync("/tin-tuc/khong-co-bai-nay");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (englishResponse.StatusCode, vietnameseResponse.StatusCode));
        Assert.Equal(("en", "Page not found"), (english.DocumentElement.GetAttribute("lang"), english.QuerySelector("main h1")!.TextContent));
        Assert.Equal(("vi", "Không tìm thấy trang"), (vietnamese.DocumentElement.GetAttribute("lang"), vietnamese.QuerySelector("main h1")!.TextContent));
    }

    [Fact]
    public async Task CachedPagesNeverCrossEditions()
    {
        await AddPairAsync("e17-bo-nho-dem", "Bài tiếng Việt trong bộ nhớ đệm", "English article in the cache");
        using var client = portal.CreateClient();
        string[] urls = ["/", "/en", "/tin-tuc/e17-bo-nho-dem", "/en/news/e17-bo-nho-dem", "/rss", "/en/rss"];
        foreach (var url in urls)
        {
            await client.GetStringAsync(new Uri(url, UriKind.Relative)); // fills the output cache
        }

        portal.Commands.Reset();
        var pages = new Dictionary<string, string>();
        foreach (var url in urls)
        {
            pages[url] = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        }

        Assert.Equal(0, portal.Commands.Count); // every one came from the output cache
        Assert.Contains("<html lang=\"vi\">", pages["/"], StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", pages["/en"], StringComparison.Ordinal);
        Assert.Contains("Bài tiếng Việt trong bộ nhớ đệm", pages["/tin-tuc/e17-bo-nho-dem"], StringComparison.Ordinal);
        Assert.DoesNotContain("English article in the cache", pages["/tin-tuc/e17-bo-nho-dem"], StringComparison.Ordinal);
        Assert.Contains("English article in the cache", pages["/en/news/e17-bo-nho-dem"], StringComparison.Ordinal);
        Assert.DoesNotContain("Bài tiếng Việt trong bộ nhớ đệm", pages["/en/news/e17-bo-nho-dem"], StringComparison.Ordinal);
        Assert.DoesNotContain("/tin-tuc/", pages["/en/rss"], StringComparison.Ordinal);
        Assert.DoesNotContain("/en/news/", pages["/rss"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEnglishFeedListsEnglishItemsInEnglish()
    {
        await AddPairAsync("e17-rss", "Bài trong RSS tiếng Việt", "An item of the English feed");
        using var client = portal.CreateClient();

        var (_, english) = await client.GetXmlAsync("/en/rss");
        var (_, vietnamese) = await client.GetXmlAsync("/rss");

        var channel = english!.Root!.Element("channel")!;
        Assert.Equal("en", channel.Element("language")!.Value);
        Assert.Equal("http://localhost/en", channel.Element("link")!.Value);
        var englishItems = channel.Elements("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Contains("http://localhost/en/news/e17-rss", englishItems);
        Assert.All(englishItems, link => Assert.StartsWith("http://localhost/en/news/", link, StringComparison.Ordinal));
        var vietnameseItems = vietnamese!.Root!.Element("channel")!.Elements("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Contains("http://localhost/tin-tuc/e17-rss", vietnameseItems);
        Assert.All(vietnameseItems, link => Assert.StartsWith("http://localhost/tin-tuc/", link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachEditionsSitemapListsItsArticlesWithTheirTranslationsAsAlternates()
    {
        await AddPairAsync("e17-sitemap", "Bài trong sơ đồ trang", "An article in the sitemap");
        using var client = portal.CreateClient();

        var (_, index) = await client.GetXmlAsync("/en/sitemap.xml");
        var children = index!.Root!.Elements(FeedXml.Sitemap + "sitemap").Select(s => s.Element(FeedXml.Sitemap + "loc")!.Value).ToList();
        Assert.Equal("http://localhost/en/sitemap-pages.xml", children[0]);
        var urls = new List<XElement>();
        foreach (var child in children.Skip(1))
        {
            var (_, part) = await client.GetXmlAsync(new Uri(child).AbsolutePath);
            urls.AddRange(part!.Root!.Elements(FeedXml.Sitemap + "url"));
        }
        var (_, vietnamesePart) = await client.GetXmlAsync("/sitemap-articles-1.xml");

        Assert.All(urls, u => Assert.StartsWith("http://localhost/en/news/", u.Element(FeedXml.Sitemap + "loc")!.Value, StringComparison.Ordinal));
        var entry = urls.Single(u => u.Element(FeedXml.Sitemap + "loc")!.Value == "http://localhost/en/news/e17-sitemap");
        Assert.Equal(["vi http://localhost/tin-tuc/e17-sitemap", "en http://localhost/en/news/e17-sitemap"],
            entry.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value + " " + l.Attribute("href")!.Value));
        var vietnameseEntry = vietnamesePart!.Root!.Elements(FeedXml.Sitemap + "url")
            .Single(u => u.Element(FeedXml.Sitemap + "loc")!.Value == "http://localhost/tin-tuc/e17-sitemap");
        Assert.Equal(2, vietnameseEntry.Elements(Xhtml + "link").Count());
    }

    [Fact]
    public async Task TheEnglishMenuShowsTheSectionsThatHaveEnglishNews()
    {
        await AddPairAsync("e17-menu", "Bài cho thực đơn", "An article for the menu", categorySlug: "diem-tin-y-te");
        using var client = portal.CreateClient();

        var (_, english, _) = await client.GetPageAsync("/en");
        var (_, vietnamese, _) = await client.GetPageAsync("/");

        var englishMenu = english.QuerySelectorAll(".main-nav li a").Select(a => a.GetAttribute("href")!).ToList();
        var vietnameseMenu = vietnamese.QuerySelectorAll(".main-nav li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal("/en", englishMenu[0]);
        Assert.All(englishMenu.Skip(1), href => Assert.StartsWith("/en/category/", href, StringComparison.Ordinal));
        Assert.True(englishMenu.Count < vietnameseMenu.Count, $"{englishMenu.Count} English sections of {vietnameseMenu.Count}");
        var englishSlug = await EnglishSlugOfAsync("diem-tin-y-te");
        Assert.Contains("/en/category/" + englishSlug, englishMenu);
    }

    [Fact]
    public async Task EachEditionShowsItsOwnPollsAndAnEnglishVoteIsAnsweredInEnglish()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<PollAdmin>();
            var manager = Actor.System("kiểm thử");
            var created = await admin.CreateAsync(new PollInput("Câu hỏi thăm dò tiếng Việt e17?", ["Có", "Không"], false, 1, null, null,
                PollResultsVisibility.AfterVoting, false), manager);
            await admin.OpenAsync(created.Id, manager);
        }
        var (english, vietnamese) = (0, 0);
        await portal.WithDbAsync(async db =>
        {
            english = await db.Polls.Where(p => p.Language == ContentLanguage.English && p.IsFeatured).Select(p => p.Id).SingleAsync();
            vietnamese = await db.Polls.Where(p => p.Question == "Câu hỏi thăm dò tiếng Việt e17?").Select(p => p.Id).SingleAsync();
        });
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var (_, englishArchive, _) = await client.GetPageAsync("/en/polls");
        var (_, vietnameseArchive, _) = await client.GetPageAsync("/tham-do-y-kien");
        var (_, home, _) = await client.GetPageAsync("/en");
        var (crossed, _, _) = await client.GetPageAsync($"/en/polls/{vietnamese}");
        var (crossedBack, _, _) = await client.GetPageAsync($"/tham-do-y-kien/{english}");
        var optionId = 0;
        await portal.WithDbAsync(async db => optionId = await db.PollOptions.Where(o => o.PollId == english).OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync());
        using var vote = new HttpRequestMessage(HttpMethod.Post, $"/en/polls/{english}/vote")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("luaChon", optionId.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
        };
        vote.Headers.Add("Origin", "http://localhost");
        using var answer = await client.SendAsync(vote);
        var (_, afterVote, _) = await client.GetPageAsync(answer.Headers.Location!.OriginalString);

        var englishLinks = englishArchive.QuerySelectorAll("main h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/en/polls/{english}"], englishLinks);
        Assert.DoesNotContain(vietnameseArchive.QuerySelectorAll("main h2 a"), a => a.GetAttribute("href")!.EndsWith($"/{english}", StringComparison.Ordinal));
        Assert.Contains(vietnameseArchive.QuerySelectorAll("main h2 a"), a => a.GetAttribute("href") == $"/tham-do-y-kien/{vietnamese}");
        Assert.Equal($"/en/polls/{english}/vote", home.QuerySelector("aside .poll form")!.GetAttribute("action"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (crossed.StatusCode, crossedBack.StatusCode));
        Assert.Equal((HttpStatusCode.SeeOther, $"/en/polls/{english}"), (answer.StatusCode, answer.Headers.Location!.OriginalString));
        Assert.Equal("Thank you for voting.", afterVote.QuerySelector(".poll-message")!.TextContent);
        Assert.Equal("Votes cast: 1", afterVote.QuerySelector(".poll-results .poll-total")!.TextContent);
    }

    private async Task<string> EnglishSlugOfAsync(string slug)
    {
        var englishSlug = "";
        await portal.WithDbAsync(async db => englishSlug = await db.Categories.Where(c => c.Slug == slug).Select(c => c.EnglishSlug).SingleAsync());
        return englishSlug;
    }
}

public sealed class EnglishEditionTestsOnSqlite(SqlitePortal portal) : EnglishEditionTests(portal), IClassFixture<SqlitePortal>;

public sealed class EnglishEditionTestsOnPostgreSql(PostgreSqlPortal portal) : EnglishEditionTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class EnglishEditionTestsOnSqlServer(SqlServerPortal portal) : EnglishEditionTests(portal), IClassFixture<SqlServerPortal>;
