using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HealthNews.Core.Common;
using HealthNews.Testing;
using HealthNews.Web.Tests.Feeds;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Pages;

/// <summary>
/// Issue 17's "done when", through the admin forms and the public pages: an editor publishes an English translation of
/// a Vietnamese article; a reader on the Vietnamese article follows "English" and reads the translation at /en with an
/// English interface and date; the English feed and search show it, the Vietnamese pages don't.
/// </summary>
public abstract partial class EnglishTranslationJourneyTests(PortalFactory portal)
{
    [GeneratedRegex(@"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}/\d{2}/\d{4} \d{2}:\d{2}$")]
    private static partial Regex EnglishDateLine();

    private async Task<int> CreateAsync(HttpClient editor, Dictionary<string, string> fields)
    {
        var categoryId = 0;
        await portal.WithDbAsync(async db => categoryId = await db.Categories.Where(c => c.Slug == "hoat-dong-cua-lanh-dao-bo").Select(c => c.Id).SingleAsync());
        fields["CategoryId"] = categoryId.ToString(CultureInfo.InvariantCulture);
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[3], CultureInfo.InvariantCulture);
        using var published = await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return id;
    }

    private async Task<string> SlugOfAsync(int id)
    {
        var slug = "";
        await portal.WithDbAsync(async db => slug = await db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        return slug;
    }

    [Fact]
    public async Task AnEditorPublishesATranslationAndAReaderFollowsTheSwitchToIt()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var vietnameseId = await CreateAsync(editor, new()
        {
            ["Title"] = "Bộ Y tế tiếp đoàn công tác UNICEF về dinh dưỡng trẻ em",
            ["Summary"] = "Thứ trưởng tiếp đoàn UNICEF.",
            ["Body"] = "Buổi làm việc bàn về dinh dưỡng trẻ em.",
        });
        var englishId = await CreateAsync(editor, new()
        {
            ["Title"] = "Ministry of Health receives UNICEF delegation on child nutrition",
            ["Summary"] = "The Deputy Minister received a UNICEF delegation.",
            ["Body"] = "The meeting discussed child nutrition.",
            ["Language"] = ContentLanguage.English,
            ["TranslationOfId"] = vietnameseId.ToString(CultureInfo.InvariantCulture),
        });
        var (vietnameseSlug, englishSlug) = (await SlugOfAsync(vietnameseId), await SlugOfAsync(englishId));
        using var reader = portal.CreateClient();

        var (_, vietnamese, _) = await reader.GetPageAsync("/tin-tuc/" + vietnameseSlug);
        var switchLink = vietnamese.QuerySelector("header a.language-switch")!;
        Assert.Equal(("English", "/en/news/" + englishSlug), (switchLink.TextContent, switchLink.GetAttribute("href")));
        var (response, english, _) = await reader.GetPageAsync(switchLink.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ministry of Health receives UNICEF delegation on child nutrition", english.QuerySelector("h1")!.TextContent);
        Assert.Matches(EnglishDateLine(), english.QuerySelector(".article .date-line time")!.TextContent);
        Assert.Equal("Latest news", english.QuerySelector(".sidebar .latest h2")!.TextContent);
        Assert.Equal("Related news", english.QuerySelector("section.related h2")!.TextContent);
        Assert.Equal(("Tiếng Việt", "/tin-tuc/" + vietnameseSlug),
            (english.QuerySelector("header a.language-switch")!.TextContent, english.QuerySelector("header a.language-switch")!.GetAttribute("href")));

        var (_, englishFeed) = await reader.GetXmlAsync("/en/rss");
        var (_, vietnameseFeed) = await reader.GetXmlAsync("/rss");
        static List<string> ItemLinks(System.Xml.Linq.XDocument? feed) =>
            feed!.Root!.Element("channel")!.Elements("item").Select(i => new Uri(i.Element("link")!.Value).AbsolutePath).ToList();
        Assert.Contains("/en/news/" + englishSlug, ItemLinks(englishFeed));
        Assert.DoesNotContain("/en/news/" + englishSlug, ItemLinks(vietnameseFeed));
        Assert.Contains("/tin-tuc/" + vietnameseSlug, ItemLinks(vietnameseFeed));

        static List<string> Results(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")!).ToList();
        var (_, englishSearch, _) = await reader.GetPageAsync("/en/search?q=unicef+nutrition");
        var (_, vietnameseSearch, _) = await reader.GetPageAsync("/tim-kiem?q=unicef");
        Assert.Equal(["/en/news/" + englishSlug], Results(englishSearch));
        Assert.Contains("/tin-tuc/" + vietnameseSlug, Results(vietnameseSearch));
        Assert.All(Results(vietnameseSearch), href => Assert.StartsWith("/tin-tuc/", href, StringComparison.Ordinal));

        var (_, vietnameseHome, _) = await reader.GetPageAsync("/");
        Assert.DoesNotContain("Ministry of Health receives UNICEF delegation on child nutrition", vietnameseHome.Body!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class EnglishTranslationJourneyTestsOnSqlite(SqlitePortal portal) : EnglishTranslationJourneyTests(portal), IClassFixture<SqlitePortal>;

public sealed class EnglishTranslationJourneyTestsOnPostgreSql(PostgreSqlPortal portal) : EnglishTranslationJourneyTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class EnglishTranslationJourneyTestsOnSqlServer(SqlServerPortal portal) : EnglishTranslationJourneyTests(portal), IClassFixture<SqlServerPortal>;
