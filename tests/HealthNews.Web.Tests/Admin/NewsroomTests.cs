using System.Net;
using AngleSharp.Html.Parser;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Admin;

public abstract class NewsroomTests(PortalFactory portal)
{
    private async Task<int> CategoryIdAsync(string slug = "tin-tong-hop")
    {
        var id = 0;
        await portal.WithDbAsync(async db => id = await db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        return id;
    }

    private static int IdFromLocation(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AnAuthorWritesAnEditorPublishesAndReadersSeeItInThePortalsFormat()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        using var editor = await portal.SignInAsync(Roles.Editor);
        var categoryId = (await CategoryIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var created = await author.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = "Bộ Y tế khuyến cáo phòng chống sốt xuất huyết mùa mưa",
            ["Summary"] = "Bộ Y tế đề nghị người dân chủ động diệt lăng quăng, bọ gậy.",
            ["Body"] = "Trước diễn biến của dịch:\n\n- Đậy kín dụng cụ chứa nước;\n- Ngủ màn kể cả ban ngày.",
            ["CategoryId"] = categoryId,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = IdFromLocation(created);
        using var submitted = await author.PostFormAsync($"/admin/bai-viet/{id}/gui-duyet", []);
        using var authorPublishes = await author.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", []);
        Assert.Contains("/admin/khong-co-quyen", authorPublishes.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var published = await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", []);
        Assert.Equal($"/admin/bai-viet/{id}/sua", published.Headers.Location!.OriginalString);

        using var reader = portal.CreateClient();
        var (response, page, _) = await reader.GetPageAsync("/tin-tuc/bo-y-te-khuyen-cao-phong-chong-sot-xuat-huyet-mua-mua");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^\d\d/\d\d/\d{4} \| \d\d:\d\d (AM|PM)$", page.QuerySelector("article .date-line")!.TextContent);
        Assert.Equal(["Đậy kín dụng cụ chứa nước;", "Ngủ màn kể cả ban ngày."], page.QuerySelectorAll(".article-body ul li").Select(li => li.TextContent));
        Assert.Equal("Nhân viên Phóng viên", page.QuerySelector(".author")!.TextContent);
        var (_, home, _) = await reader.GetPageAsync("/");
        Assert.Equal("Bộ Y tế khuyến cáo phòng chống sốt xuất huyết mùa mưa", home.QuerySelector("aside .latest li a")!.TextContent);
    }

    [Fact]
    public async Task AFieldMvcChecksByItselfIsExplainedInVietnameseAndWhatWasTypedIsKept()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);

        var form = await editor.GetStringAsync(new Uri("/admin/bai-viet/tao", UriKind.Relative));
        using var answer = await editor.PostFormAsync("/admin/bai-viet/tao", new() { ["Title"] = "Bài có chuyên mục sai", ["Body"] = "Nội dung đã gõ.", ["CategoryId"] = "abc" });
        var page = await answer.Content.ReadAsStringAsync();

        var select = new HtmlParser().ParseDocument(form).QuerySelector("select#CategoryId")!;
        Assert.Equal("Chuyên mục không được để trống.", select.GetAttribute("data-val-required"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode); // the form again
        Assert.Contains("“abc” không phải là giá trị hợp lệ của Chuyên mục.", page, StringComparison.Ordinal);
        Assert.Contains("Nội dung đã gõ.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" is not valid", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" field is required", form + page, StringComparison.Ordinal);
        await portal.WithDbAsync(async db => Assert.False(await db.Articles.AnyAsync(a => a.Title == "Bài có chuyên mục sai")));
    }

    [Fact]
    public async Task APostWithoutAnAntiforgeryTokenIsRejected()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);

        using var response = await editor.PostAsync(new Uri("/admin/chuyen-muc", UriKind.Relative),
            new FormUrlEncodedContent([new("Name", "Chuyên mục giả mạo")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await portal.WithDbAsync(async db => Assert.False(await db.Categories.AnyAsync(c => c.Name == "Chuyên mục giả mạo")));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountForFifteenMinutes()
    {
        const string email = "khoa-thu@moh.gov.vn";
        await portal.EnsureUserAsync(Roles.Editor, email);
        using var client = portal.Anonymous();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostFormAsync("/admin/dang-nhap", new() { ["Email"] = email, ["Password"] = "sai-mat-khau-" + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await client.PostFormAsync("/admin/dang-nhap", new() { ["Email"] = email, ["Password"] = Staff.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode); // the form again, not a redirect into /admin
        var page = await new HtmlParser().ParseDocumentAsync(await right.Content.ReadAsStringAsync());
        Assert.Contains("tạm khoá", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        await portal.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
            // The fifth failure itself locks the account; every attempt is in the trail.
            var trail = await db.AuditEvents.Where(e => e.UserName == email).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
            Assert.Equal(
                [AuditActions.SignInFailed, AuditActions.SignInFailed, AuditActions.SignInFailed, AuditActions.SignInFailed,
                 AuditActions.SignInLockedOut, AuditActions.SignInLockedOut],
                trail);
        });
    }

    [Fact]
    public async Task TheSecondOfTwoEditorsSavingGetsTheFormBackWithWhatTheyTyped()
    {
        using var first = await portal.SignInAsync(Roles.Editor);
        using var second = await portal.SignInAsync(Roles.Administrator);
        var categoryId = (await CategoryIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var created = await first.PostFormAsync("/admin/bai-viet/tao", new() { ["Title"] = "Bài hai người cùng sửa", ["Body"] = "Gốc.", ["CategoryId"] = categoryId });
        var id = IdFromLocation(created);
        var (_, form, _) = await second.GetPageAsync($"/admin/bai-viet/{id}/sua");
        var stamp = form.QuerySelector("input[name=ConcurrencyStamp]")!.GetAttribute("value")!;

        using var firstSave = await first.PostFormAsync($"/admin/bai-viet/{id}/sua", new()
            { ["Title"] = "Bản của người thứ nhất", ["Body"] = "Một.", ["CategoryId"] = categoryId, ["ConcurrencyStamp"] = stamp });
        using var secondSave = await second.PostFormAsync($"/admin/bai-viet/{id}/sua", new()
            { ["Title"] = "Bản của người thứ hai", ["Body"] = "Đoạn người thứ hai gõ rất dài.", ["CategoryId"] = categoryId, ["ConcurrencyStamp"] = stamp });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await secondSave.Content.ReadAsStringAsync());
        Assert.Contains("đã lưu bài này sau khi bạn mở nó", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bản của người thứ hai", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Đoạn người thứ hai gõ rất dài.", page.QuerySelector("textarea[name=Body]")!.TextContent);
        await portal.WithDbAsync(async db => Assert.Equal("Bản của người thứ nhất", (await db.Articles.SingleAsync(a => a.Id == id)).Title));
    }

    [Fact]
    public async Task AChangedSlugAnswersTheOldAddressWithAPermanentRedirect()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var categoryId = (await CategoryIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new() { ["Title"] = "Địa chỉ cũ của bài", ["Body"] = "Nội dung.", ["CategoryId"] = categoryId });
        var id = IdFromLocation(created);
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", [])).Dispose();
        var (_, form, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");
        var stamp = form.QuerySelector("input[name=ConcurrencyStamp]")!.GetAttribute("value")!;

        (await editor.PostFormAsync($"/admin/bai-viet/{id}/sua", new()
            { ["Title"] = "Địa chỉ cũ của bài", ["Slug"] = "dia-chi-moi-cua-bai", ["Body"] = "Nội dung.", ["CategoryId"] = categoryId, ["ConcurrencyStamp"] = stamp })).Dispose();
        using var reader = portal.CreateBrowserLikeClient();
        using var beforePublishing = await reader.GetAsync(new Uri("/tin-tuc/dia-chi-cu-cua-bai", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, beforePublishing.StatusCode); // the live version is untouched until changes are published
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban-thay-doi", [])).Dispose();

        using var old = await reader.GetAsync(new Uri("/tin-tuc/dia-chi-cu-cua-bai", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/tin-tuc/dia-chi-moi-cua-bai", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ThePreviewShowsTheDraftInThePublicLayoutNeverIndexedNorCached()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        var categoryId = (await CategoryIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var created = await author.PostFormAsync("/admin/bai-viet/tao", new()
            { ["Title"] = "Bản nháp để xem trước", ["Body"] = "![Quang cảnh](/media/1/anh.png \"Chú thích xem trước\")", ["CategoryId"] = categoryId });
        var id = IdFromLocation(created);

        var (response, page, _) = await author.GetPageAsync($"/admin/bai-viet/{id}/xem-truoc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bản nháp để xem trước", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Chú thích xem trước", page.QuerySelector(".article-body figcaption")!.TextContent);
        Assert.Equal("Xuất bản thông tin", page.QuerySelector("aside .latest h2")!.TextContent); // the public layout
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
        using var reader = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri("/tin-tuc/ban-nhap-de-xem-truoc", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task UploadsAreCheckedByContentThroughTheForm()
    {
        using var author = await portal.SignInAsync(Roles.Author);

        async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string name, string alt)
        {
            var token = await Staff.TokenAsync(author, "/admin/thu-vien");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(alt), "AltText" },
                { new ByteArrayContent(bytes), "File", name },
            };
            return await author.PostAsync(new Uri("/admin/thu-vien/tai-len", UriKind.Relative), content);
        }

        using var html = await UploadAsync("<html><script>alert(1)</script></html>"u8.ToArray(), "anh.png", "Ảnh");
        using var png = await UploadAsync(PngBytes.OnePixel, "../../bieu-do.png", "Biểu đồ số ca");

        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await html.Content.ReadAsStringAsync());
        Assert.Contains("không phải là ảnh", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, png.StatusCode);
        var (_, library, _) = await author.GetPageAsync("/admin/thu-vien");
        Assert.Contains(library.QuerySelectorAll(".media td a"), a => a.TextContent == "bieu-do.png");
    }

    [Fact]
    public async Task AnOverLongDisplayNameIsRefusedWithAMessageAndNoAccountIsMade()
    {
        using var admin = await portal.SignInAsync(Roles.Administrator);
        var email = "ten-qua-dai@moh.gov.vn";

        using var refused = await admin.PostFormAsync("/admin/nguoi-dung", new()
        {
            ["Email"] = email,
            ["DisplayName"] = new string('Ễ', FieldLimits.PersonName + 1),
            ["Roles"] = Roles.Editor,
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Tên hiển thị không được dài quá 200 ký tự.", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        await portal.WithDbAsync(async db => Assert.False(await db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task AFreshPortalHasNoAccountAtAll()
    {
        await using var fresh = new PortalFactory(portal.Database.Provider);
        await ((IAsyncLifetime)fresh).InitializeAsync();
        using var client = fresh.Anonymous();

        using var attempt = await client.PostFormAsync("/admin/dang-nhap", new() { ["Email"] = "admin", ["Password"] = "admin" });

        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        await fresh.WithDbAsync(async db => Assert.Equal(0, await db.Users.CountAsync()));
        await ((IAsyncLifetime)fresh).DisposeAsync();
    }
}

public sealed class NewsroomTestsOnSqlite(SqlitePortal portal) : NewsroomTests(portal), IClassFixture<SqlitePortal>;

public sealed class NewsroomTestsOnPostgreSql(PostgreSqlPortal portal) : NewsroomTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class NewsroomTestsOnSqlServer(SqlServerPortal portal) : NewsroomTests(portal), IClassFixture<SqlServerPortal>;
