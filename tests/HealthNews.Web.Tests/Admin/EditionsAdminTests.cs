using System.Globalization;
using System.Net;
using System.Text.Json;
using HealthNews.Core.Common;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Admin;

/// <summary>
/// The newsroom's side of the two editions (ADR-017), through the real admin pages: an article's language and translation,
/// the list's language filter, previews in the article's edition, the editor's searches per edition, categories' English
/// names and addresses, polls' language. The admin area itself stays Vietnamese.
/// </summary>
public abstract class EditionsAdminTests(PortalFactory portal)
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int IdFromLocation(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/')[3], CultureInfo.InvariantCulture);

    private async Task<string> CategoryIdAsync()
    {
        var id = 0;
        await portal.WithDbAsync(async db => id = await db.Categories.Where(c => c.Slug == "tin-tong-hop").Select(c => c.Id).SingleAsync());
        return Text(id);
    }

    private async Task<int> CreateAsync(HttpClient client, string title, string language, int? translationOf = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title, ["Summary"] = "Tóm tắt " + title, ["Body"] = "Nội dung.", ["CategoryId"] = await CategoryIdAsync(), ["Language"] = language,
        };
        if (translationOf is { } original)
        {
            fields["TranslationOfId"] = Text(original);
        }
        using var created = await client.PostFormAsync("/admin/bai-viet/tao", fields);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        return IdFromLocation(created);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task AnEnglishArticlePreviewsInTheEnglishEditionAndAVietnameseOneAsBefore()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var english = await CreateAsync(editor, "Preview of an English article", ContentLanguage.English);
        var vietnamese = await CreateAsync(editor, "Xem trước bài tiếng Việt", ContentLanguage.Vietnamese);

        var (response, page, _) = await editor.GetPageAsync($"/admin/bai-viet/{english}/xem-truoc");
        var (_, before, _) = await editor.GetPageAsync($"/admin/bai-viet/{vietnamese}/xem-truoc");
        using var live = await editor.PostFormAsync("/admin/bai-viet/xem-truoc-truc-tiep", new()
        {
            ["Title"] = "Typed, unsaved", ["Body"] = "Text.", ["CategoryId"] = await CategoryIdAsync(), ["Language"] = ContentLanguage.English,
        });
        var livePage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await live.Content.ReadAsStringAsync());
        var (_, admin, _) = await editor.GetPageAsync($"/admin/bai-viet/{english}/sua");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Preview of an English article", page.QuerySelector("h1.article-title")!.TextContent);
        var links = page.QuerySelectorAll(".breadcrumb a[href], .site-header a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, href => href.StartsWith("/en/", StringComparison.Ordinal));
        Assert.DoesNotContain(links, href => href.StartsWith("/chuyen-muc/", StringComparison.Ordinal));
        Assert.Equal("en", livePage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("vi", before.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain(before.QuerySelectorAll(".breadcrumb a[href]"), a => a.GetAttribute("href")!.StartsWith("/en", StringComparison.Ordinal));
        Assert.Equal("vi", admin.DocumentElement.GetAttribute("lang")); // the admin area around it stays Vietnamese
    }

    [Fact]
    public async Task ATranslationIsChosenByNumberShownFromBothSidesAndUnlinkedFromTheOriginal()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var original = await CreateAsync(editor, "Bản gốc có bản dịch", ContentLanguage.Vietnamese);
        var translation = await CreateAsync(editor, "The translated article", ContentLanguage.English, original);

        var (_, translationForm, _) = await editor.GetPageAsync($"/admin/bai-viet/{translation}/sua");
        var (_, originalForm, _) = await editor.GetPageAsync($"/admin/bai-viet/{original}/sua");

        Assert.Equal(Text(original), translationForm.QuerySelector("input[name=TranslationOfId]")!.GetAttribute("value"));
        Assert.Equal("en", translationForm.QuerySelector("select[name=Language] option[selected]")!.GetAttribute("value"));
        var toOriginal = translationForm.QuerySelector(".translation-partner a")!;
        Assert.Equal(("Bản gốc tiếng Việt: Bản gốc có bản dịch", $"/admin/bai-viet/{original}/sua"),
            (Words(toOriginal.ParentElement!.TextContent), toOriginal.GetAttribute("href")));
        var toTranslation = originalForm.QuerySelector(".translation-partner a")!;
        Assert.Equal($"/admin/bai-viet/{translation}/sua", toTranslation.GetAttribute("href"));
        Assert.StartsWith("Bản dịch tiếng Anh: The translated article", Words(toTranslation.ParentElement!.TextContent), StringComparison.Ordinal);
        Assert.Null(originalForm.QuerySelector("input[name=TranslationOfId]")); // an original can't be a translation too
        var unlinkButton = originalForm.QuerySelector(".translation-partner button[form]")!;
        var unlinkForm = originalForm.GetElementById(unlinkButton.GetAttribute("form")!)!;
        Assert.Equal($"/admin/bai-viet/{original}/bo-lien-ket-ban-dich", unlinkForm.GetAttribute("action"));

        using var unlinked = await editor.PostFormAsync(unlinkForm.GetAttribute("action")!, []);

        Assert.Equal($"/admin/bai-viet/{original}/sua", unlinked.Headers.Location!.OriginalString);
        await portal.WithDbAsync(async db => Assert.Null(await db.Articles.Where(a => a.Id == translation).Select(a => a.TranslationOfId).SingleAsync()));
        var (_, after, _) = await editor.GetPageAsync($"/admin/bai-viet/{translation}/sua");
        Assert.True(string.IsNullOrEmpty(after.QuerySelector("input[name=TranslationOfId]")!.GetAttribute("value")));
    }

    [Fact]
    public async Task APublishedArticlesLanguageIsShownLockedAndItsPortalLinkIsInItsEdition()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var id = await CreateAsync(editor, "Published in English", ContentLanguage.English);
        using var published = await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", []);

        var (_, form, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");
        var slug = "";
        await portal.WithDbAsync(async db => slug = await db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());

        Assert.NotNull(form.QuerySelector("select#Language[disabled]"));
        Assert.Equal("en", form.QuerySelector("input[type=hidden][name=Language]")!.GetAttribute("value"));
        Assert.Contains("không đổi được ngôn ngữ", form.QuerySelector("#language-locked")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/en/news/{slug}", form.QuerySelectorAll(".meta a").Single(a => a.TextContent == "Xem trên cổng").GetAttribute("href"));
    }

    [Fact]
    public async Task TheListFiltersByLanguageAndTheEditorsSearchesStayInTheirEdition()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var english = await CreateAsync(editor, "Vaccination week in English", ContentLanguage.English);
        await editor.PostFormAsync($"/admin/bai-viet/{english}/xuat-ban", []);
        var vietnamese = await CreateAsync(editor, "Vaccination week tiếng Việt", ContentLanguage.Vietnamese);
        await editor.PostFormAsync($"/admin/bai-viet/{vietnamese}/xuat-ban", []);

        var (_, englishList, _) = await editor.GetPageAsync(Urls.Admin.ArticleList(language: ContentLanguage.English, query: "vaccination week"));
        var (_, allList, _) = await editor.GetPageAsync(Urls.Admin.ArticleList(query: "vaccination week"));
        var relatedInEnglish = await JsonAsync(editor, Urls.Admin.RelatedSearch("vaccination week", language: ContentLanguage.English));
        var relatedDefault = await JsonAsync(editor, Urls.Admin.RelatedSearch("vaccination week"));
        var originalsForEnglish = await JsonAsync(editor, Urls.Admin.OriginalSearch("vaccination week", english, ContentLanguage.English));
        var slug = await JsonAsync(editor, Urls.Admin.ArticleSlugProposal + "?title=Vaccination%20week&ngon-ngu=en");

        Assert.Equal(["Vaccination week in English"], englishList.QuerySelectorAll("table.articles tbody tr td:nth-child(2) > a").Select(a => a.TextContent));
        Assert.Equal(["Tiếng Anh"], englishList.QuerySelectorAll("table.articles tbody td.language").Select(td => td.TextContent));
        Assert.Equal("en", englishList.QuerySelector("select[name=Language] option[selected]")!.GetAttribute("value"));
        Assert.Equal(2, allList.QuerySelectorAll("table.articles tbody tr").Length);
        Assert.Equal([english], relatedInEnglish.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal([vietnamese], relatedDefault.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal([vietnamese], originalsForEnglish.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal("/en/news/vaccination-week", new Uri(slug.GetProperty("url").GetString()!).AbsolutePath);
    }

    [Fact]
    public async Task ACategoryHasAnEnglishNameAndAddressAndThePollsALanguage()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        using var created = await editor.PostFormAsync("/admin/chuyen-muc", new()
        {
            ["Name"] = "Dinh dưỡng học đường", ["EnglishName"] = "School nutrition", ["SortOrder"] = "40",
        });
        using var taken = await editor.PostFormAsync("/admin/chuyen-muc", new()
        {
            ["Name"] = "Dinh dưỡng khác", ["EnglishSlug"] = "School Nutrition", ["SortOrder"] = "41",
        });
        var (_, categories, _) = await editor.GetPageAsync("/admin/chuyen-muc");
        var takenPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await taken.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var row = categories.QuerySelectorAll("table.grid tbody tr").Single(r => r.TextContent.Contains("Dinh dưỡng học đường", StringComparison.Ordinal));
        Assert.Equal(["/chuyen-muc/dinh-duong-hoc-duong", "/en/category/school-nutrition"],
            row.QuerySelectorAll("a[target=_blank]").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("Đường dẫn tiếng Anh “school-nutrition” đã được dùng cho chuyên mục khác.", takenPage.QuerySelector(".errors")!.TextContent,
            StringComparison.Ordinal);

        using var manager = await portal.SignInAsync(Roles.PollManager);
        using var poll = await manager.PostFormAsync("/admin/tham-do/tao", new()
        {
            ["Question"] = "Do you eat breakfast every day?", ["OptionsText"] = "Yes\nNo", ["Language"] = ContentLanguage.English,
            ["ResultsVisibility"] = "Always",
        });
        var pollId = IdFromLocation(poll);
        var (_, polls, _) = await manager.GetPageAsync("/admin/tham-do");
        var (_, pollForm, _) = await manager.GetPageAsync($"/admin/tham-do/{pollId}/sua");

        var pollRow = polls.QuerySelectorAll("table.grid tbody tr").Single(r => r.TextContent.Contains("Do you eat breakfast", StringComparison.Ordinal));
        Assert.Equal("Tiếng Anh", pollRow.QuerySelector("td.language")!.TextContent);
        Assert.Equal("en", pollForm.QuerySelector("select[name=Language] option[selected]")!.GetAttribute("value"));
        Assert.Equal($"/en/polls/{pollId}", pollForm.QuerySelectorAll("a").Single(a => a.TextContent == "Trang bạn đọc").GetAttribute("href"));
    }
}

public sealed class EditionsAdminTestsOnSqlite(SqlitePortal portal) : EditionsAdminTests(portal), IClassFixture<SqlitePortal>;

public sealed class EditionsAdminTestsOnPostgreSql(PostgreSqlPortal portal) : EditionsAdminTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class EditionsAdminTestsOnSqlServer(SqlServerPortal portal) : EditionsAdminTests(portal), IClassFixture<SqlServerPortal>;
