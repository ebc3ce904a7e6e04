using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Admin;

/// <summary>What the editor's script asks of the server: live preview, autosave, who else is editing, addresses, pictures.</summary>
public abstract class EditorEndpointTests(PortalFactory portal)
{
    private async Task<string> CategoryIdAsync()
    {
        var id = 0;
        await portal.WithDbAsync(async db => id = await db.Categories.Where(c => c.Slug == "tin-tong-hop").Select(c => c.Id).SingleAsync());
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<(int Id, string Stamp)> CreateDraftAsync(HttpClient client, string title, string body)
    {
        using var created = await client.PostFormAsync("/admin/bai-viet/tao/tu-dong-luu", new()
        {
            ["Title"] = title, ["Body"] = body, ["CategoryId"] = await CategoryIdAsync(),
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var answer = await JsonAsync(created);
        return (answer.GetProperty("id").GetInt32(), answer.GetProperty("stamp").GetString()!);
    }

    [Fact]
    public async Task TheLivePreviewShowsWhatIsTypedAsReadersWouldWithoutEverRunningIt()
    {
        using var author = await portal.SignInAsync(Roles.Author);

        using var response = await author.PostFormAsync("/admin/bai-viet/xem-truoc-truc-tiep", new()
        {
            ["Title"] = "Chưa lưu <b>đậm</b>",
            ["Summary"] = "Tóm tắt đang gõ.",
            ["Body"] = "## Mục một\n\n**Đậm** và <script>alert(1)</script> [bấm](javascript:alert(2))\n\n- một\n- hai",
            ["CategoryId"] = await CategoryIdAsync(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Chưa lưu <b>đậm</b>", page.QuerySelector("h1.article-title")!.TextContent);
        Assert.Equal("Mục một", page.QuerySelector(".article-body h2")!.TextContent);
        Assert.Equal(["một", "hai"], page.QuerySelectorAll(".article-body li").Select(li => li.TextContent));
        Assert.Empty(page.QuerySelectorAll("script, .site-header, .sidebar, .preview-banner"));
        Assert.Null(page.QuerySelector("a[href^='javascript']"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href^='/css/site.css']"));
    }

    [Fact]
    public async Task AutosaveMakesANewArticleADraftThenKeepsOneAutosaveRevisionUpToDate()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        var (id, stamp) = await CreateDraftAsync(author, "Bài tự lưu lần đầu", "Đoạn một.");

        using var second = await author.PostFormAsync($"/admin/bai-viet/{id}/tu-dong-luu", new()
        {
            ["Title"] = "Bài tự lưu lần đầu", ["Body"] = "Đoạn một. Đoạn hai.", ["CategoryId"] = await CategoryIdAsync(), ["ConcurrencyStamp"] = stamp,
        });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var answer = await JsonAsync(second);
        Assert.Matches(@"^\d\d:\d\d$", answer.GetProperty("savedAt").GetString());
        Assert.Equal($"/admin/bai-viet/{id}/sua", answer.GetProperty("editUrl").GetString());
        var newStamp = answer.GetProperty("stamp").GetString();
        Assert.NotEqual(stamp, newStamp);

        using var third = await author.PostFormAsync($"/admin/bai-viet/{id}/tu-dong-luu", new()
        {
            ["Title"] = "Bài tự lưu lần đầu", ["Body"] = "Đoạn một. Đoạn hai. Đoạn ba.", ["CategoryId"] = await CategoryIdAsync(), ["ConcurrencyStamp"] = newStamp!,
        });
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);

        await portal.WithDbAsync(async db =>
        {
            var notes = await db.ArticleRevisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).Select(r => r.Note).ToListAsync();
            Assert.Equal(["Tạo bài", ArticlePublishing.AutosaveNote], notes);
            Assert.Equal("Đoạn một. Đoạn hai. Đoạn ba.", await db.Articles.Where(a => a.Id == id).Select(a => a.Body).SingleAsync());
            Assert.Equal("Đoạn một. Đoạn hai. Đoạn ba.", await db.ArticleRevisions.Where(r => r.ArticleId == id && r.Number == 2).Select(r => r.Body).SingleAsync());
        });
    }

    [Fact]
    public async Task AutosaveOfAPublishedArticleGoesToItsDraftAndReadersKeepTheLiveVersion()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var (id, _) = await CreateDraftAsync(editor, "Bài đang xuất bản tự lưu", "Bản đang xuất bản.");
        using var published = await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", []);
        var stamp = "";
        await portal.WithDbAsync(async db => stamp = (await db.Articles.SingleAsync(a => a.Id == id)).ConcurrencyStamp.ToString());

        using var autosaved = await editor.PostFormAsync($"/admin/bai-viet/{id}/tu-dong-luu", new()
        {
            ["Title"] = "Bài đang xuất bản tự lưu", ["Body"] = "Bản sửa chưa xuất bản.", ["CategoryId"] = await CategoryIdAsync(), ["ConcurrencyStamp"] = stamp,
        });

        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            Assert.Equal("Bản đang xuất bản.", article.Body);
            var draft = await db.ArticleRevisions.SingleAsync(r => r.Id == article.DraftRevisionId);
            Assert.Equal("Bản sửa chưa xuất bản.", draft.Body);
            Assert.Equal(ArticlePublishing.AutosaveNote, draft.Note);
        });
        using var reader = portal.CreateClient();
        var (_, page, _) = await reader.GetPageAsync("/tin-tuc/bai-dang-xuat-ban-tu-luu");
        Assert.Equal("Bản đang xuất bản.", page.QuerySelector(".article-body")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnAutosaveOverSomeoneElsesSaveIsRefusedWithTheReasonAndChangesNothing()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        var (id, stamp) = await CreateDraftAsync(author, "Bài hai người cùng sửa", "Bản đầu.");
        using var editor = await portal.SignInAsync(Roles.Editor);
        using var saved = await editor.PostFormAsync($"/admin/bai-viet/{id}/sua", new()
        {
            ["Title"] = "Bài hai người cùng sửa", ["Body"] = "Bản của biên tập viên.", ["CategoryId"] = await CategoryIdAsync(), ["ConcurrencyStamp"] = stamp,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var stale = await author.PostFormAsync($"/admin/bai-viet/{id}/tu-dong-luu", new()
        {
            ["Title"] = "Bài hai người cùng sửa", ["Body"] = "Bản cũ của phóng viên.", ["CategoryId"] = await CategoryIdAsync(), ["ConcurrencyStamp"] = stamp,
        });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("đã lưu bài này sau khi bạn mở nó", (await JsonAsync(stale)).GetProperty("message").GetString(), StringComparison.Ordinal);
        await portal.WithDbAsync(async db => Assert.Equal("Bản của biên tập viên.", (await db.Articles.SingleAsync(a => a.Id == id)).Body));
    }

    [Fact]
    public async Task AnAutosaveThatCannotBeADraftYetSaysWhyInVietnamese()
    {
        using var author = await portal.SignInAsync(Roles.Author);

        using var refused = await author.PostFormAsync("/admin/bai-viet/tao/tu-dong-luu", new() { ["Title"] = "", ["Body"] = "Chỉ có nội dung." });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var answer = await JsonAsync(refused);
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("message").GetString()));
        Assert.True(answer.GetProperty("errors").TryGetProperty("Title", out _));
    }

    [Fact]
    public async Task TheSecondEditorOfAnArticleIsToldWhoElseHasItOpen()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        var (id, _) = await CreateDraftAsync(author, "Bài có người đang mở", "Nội dung.");
        using var editor = await portal.SignInAsync(Roles.Editor);

        using var beat = await author.PostFormAsync($"/admin/bai-viet/{id}/nguoi-dang-sua", []);
        Assert.Empty((await JsonAsync(beat)).GetProperty("others").EnumerateArray());
        using var editorBeat = await editor.PostFormAsync($"/admin/bai-viet/{id}/nguoi-dang-sua", []);
        var others = (await JsonAsync(editorBeat)).GetProperty("others").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.Matches(@"^Nhân viên Phóng viên \(còn mở lúc \d\d:\d\d\)$", Assert.Single(others));
        var (_, page, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");
        Assert.Contains("Nhân viên Phóng viên", page.QuerySelector(".others-editing")!.TextContent, StringComparison.Ordinal);
        Assert.False(page.QuerySelector(".others-editing")!.HasAttribute("hidden"));

        using var left = await author.PostFormAsync($"/admin/bai-viet/{id}/nguoi-dang-sua", new() { ["leaving"] = "true" });
        using var after = await editor.PostFormAsync($"/admin/bai-viet/{id}/nguoi-dang-sua", []);
        Assert.Empty((await JsonAsync(after)).GetProperty("others").EnumerateArray());
    }

    [Fact]
    public async Task TheAddressPreviewIsTheSlugThatSavingWouldChoose()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        await CreateDraftAsync(author, "Địa chỉ đã có người dùng", "Nội dung.");

        using var response = await author.GetAsync(new Uri("/admin/bai-viet/duong-dan?title=" + Uri.EscapeDataString("Địa chỉ đã có người dùng"), UriKind.Relative));

        var answer = await JsonAsync(response);
        Assert.Equal("dia-chi-da-co-nguoi-dung-2", answer.GetProperty("slug").GetString());
        Assert.EndsWith("/tin-tuc/dia-chi-da-co-nguoi-dung-2", answer.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APictureUploadedFromTheEditorNeedsItsAltTextAndComesBackReadyToInsert()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        var token = await Staff.TokenAsync(author, "/admin");

        async Task<HttpResponseMessage> UploadAsync(string alt)
        {
            using var content = new MultipartFormDataContent
            {
                { new ByteArrayContent(PngBytes.OnePixel), "File", "may-chup.png" },
                { new StringContent(alt), "AltText" },
                { new StringContent("Máy mới được bàn giao."), "Caption" },
                { new StringContent(token), "__RequestVerificationToken" },
            };
            return await author.PostAsync(new Uri("/admin/thu-vien/tai-len-anh", UriKind.Relative), content);
        }

        using var withoutAlt = await UploadAsync("");
        Assert.Equal(HttpStatusCode.BadRequest, withoutAlt.StatusCode);
        Assert.Equal("Ảnh cần có mô tả (alt) cho người không xem được ảnh.", (await JsonAsync(withoutAlt)).GetProperty("message").GetString());

        using var uploaded = await UploadAsync("Máy chụp cắt lớp");
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var image = await JsonAsync(uploaded);
        Assert.Matches(@"^/media/\d+/may-chup\.png$", image.GetProperty("url").GetString());
        Assert.Equal("Máy chụp cắt lớp", image.GetProperty("altText").GetString());

        using var found = await author.GetAsync(new Uri("/admin/thu-vien/chon-anh?q=" + Uri.EscapeDataString("chụp cắt lớp"), UriKind.Relative));
        var page = await JsonAsync(found);
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == image.GetProperty("id").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("isImage").GetBoolean()));
    }

    [Fact]
    public async Task TheEditorsHelpersAreForTheNewsroomOnly()
    {
        using var anonymous = portal.Anonymous();
        using var pollManager = await portal.SignInAsync(Roles.PollManager);

        foreach (var client in new[] { anonymous, pollManager })
        {
            using var slug = await client.GetAsync(new Uri("/admin/bai-viet/duong-dan?title=abc", UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.OK, slug.StatusCode);
            using var picker = await client.GetAsync(new Uri("/admin/thu-vien/chon-anh", UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.OK, picker.StatusCode);
        }
    }

    [Fact]
    public async Task FormsShowNoErrorBoxUntilSomethingIsWrongAndThenListIt()
    {
        using var author = await portal.SignInAsync(Roles.Author);

        var (_, empty, _) = await author.GetPageAsync("/admin/bai-viet/tao");
        Assert.Empty(empty.QuerySelectorAll(".errors, [style]"));

        using var refused = await author.PostFormAsync("/admin/bai-viet/tao", new() { ["Title"] = "", ["Body"] = "x" });
        var page = await new HtmlParser().ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        var items = page.QuerySelectorAll(".errors li").Select(li => li.TextContent).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.False(string.IsNullOrWhiteSpace(item)));
    }

    [Fact]
    public async Task AnUnknownAdminAddressIsAnAdminStyled404()
    {
        using var author = await portal.SignInAsync(Roles.Author);

        var (response, page, _) = await author.GetPageAsync("/admin/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".admin-header"));
        Assert.Null(page.QuerySelector(".site-header"));
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent);
    }
}

public sealed class EditorEndpointTestsOnSqlite(SqlitePortal portal) : EditorEndpointTests(portal), IClassFixture<SqlitePortal>;

public sealed class EditorEndpointTestsOnPostgreSql(PostgreSqlPortal portal) : EditorEndpointTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class EditorEndpointTestsOnSqlServer(SqlServerPortal portal) : EditorEndpointTests(portal), IClassFixture<SqlServerPortal>;
