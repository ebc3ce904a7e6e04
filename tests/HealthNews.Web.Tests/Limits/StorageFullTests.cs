using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Limits;

/// <summary>The portal whose database's disk a test may fill (<see cref="FullDisk"/>).</summary>
public class FullDiskPortal(string provider) : PortalFactory(provider)
{
    public FullDisk Disk { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Disk));
    }
}

public sealed class SqliteFullDiskPortal() : FullDiskPortal(DatabaseOptions.Sqlite);

public sealed class PostgreSqlFullDiskPortal() : FullDiskPortal(DatabaseOptions.PostgreSql);

/// <summary>
/// A full disk under the database: saving and publishing answer with a clear Vietnamese message and write nothing (the
/// article, its revisions and the audit trail are as they were), readers keep reading, and the newsroom works again once
/// there is room.
/// </summary>
public abstract class StorageFullTests(FullDiskPortal portal)
{
    private const string NothingSaved = "Máy chủ hết dung lượng lưu trữ; bài chưa được lưu. Hãy báo quản trị viên.";

    // About 330 KB of text: its revision, HTML and search text need new pages wherever the database puts them.
    private static readonly string LongBody = string.Join("\n\n", Enumerable.Repeat("Bộ Y tế đề nghị các địa phương tăng cường tiêm chủng mở rộng cho trẻ em.", 4_500));

    private sealed record ArticleState(string Title, string Body, ArticleStatus Status, int? DraftRevisionId, Guid Stamp, int Revisions, int AuditEvents);

    [Fact]
    public async Task SavingOnAFullDiskSaysSoKeepsWhatWasTypedAndChangesNothing()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var id = await CreateAsync(editor, "Bản nháp trước khi đầy đĩa");
        var stamp = await StampAsync(editor, id);
        var before = await StateAsync(id);
        var typed = await FormAsync("Bản nháp gõ khi đĩa đầy", LongBody, stamp);

        HttpResponseMessage saved, autosaved;
        await portal.Disk.FillAsync(portal.Database);
        try
        {
            saved = await editor.PostFormAsync($"/admin/bai-viet/{id}/sua", typed);
            autosaved = await AutosaveAsync(editor, id, typed);
        }
        finally
        {
            await portal.Disk.EmptyAsync(portal.Database);
        }

        using (saved)
        {
            Assert.Equal(HttpStatusCode.InsufficientStorage, saved.StatusCode);
            var page = await new HtmlParser().ParseDocumentAsync(await saved.Content.ReadAsStringAsync());
            Assert.Equal(NothingSaved, page.QuerySelector(".errors li")?.TextContent.Trim());
            Assert.Equal("Bản nháp gõ khi đĩa đầy", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
            Assert.Equal(LongBody, page.QuerySelector("textarea[name=Body]")!.TextContent.Trim('\n'));
        }
        using (autosaved)
        {
            Assert.Equal(HttpStatusCode.InsufficientStorage, autosaved.StatusCode);
            Assert.Equal(NothingSaved, JsonDocument.Parse(await autosaved.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString());
        }
        Assert.Equal(before, await StateAsync(id));
        using var savedWithRoom = await editor.PostFormAsync($"/admin/bai-viet/{id}/sua", typed);
        Assert.Equal(HttpStatusCode.Redirect, savedWithRoom.StatusCode);
        Assert.Equal("Bản nháp gõ khi đĩa đầy", (await StateAsync(id)).Title);
    }

    [Fact]
    public async Task PublishingOnAFullDiskLeavesTheLiveArticleAsItWasAndReadersKeepReading()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var id = await CreateAsync(editor, "Bài đang có bạn đọc");
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", [])).Dispose();
        var stamp = await StampAsync(editor, id);
        using var pending = await editor.PostFormAsync($"/admin/bai-viet/{id}/sua", await FormAsync("Bài đang có bạn đọc (bản sửa)", LongBody, stamp));
        Assert.Equal(HttpStatusCode.Redirect, pending.StatusCode);
        var before = await StateAsync(id);
        Assert.Equal((ArticleStatus.Published, true), (before.Status, before.DraftRevisionId is not null));
        using var reader = portal.CreateBrowserLikeClient();

        HttpResponseMessage published;
        string flash, readerTitle;
        HttpStatusCode home, listing;
        await portal.Disk.FillAsync(portal.Database);
        try
        {
            published = await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban-thay-doi", []);
            var (_, editPage, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");
            flash = editPage.QuerySelector(".flash.error")?.TextContent ?? "";
            var (article, articlePage, _) = await reader.GetPageAsync("/tin-tuc/bai-dang-co-ban-doc");
            Assert.Equal(HttpStatusCode.OK, article.StatusCode);
            readerTitle = articlePage.QuerySelector("h1")!.TextContent.Trim();
            home = (await reader.GetPageAsync("/")).Response.StatusCode;
            listing = (await reader.GetPageAsync("/chuyen-muc/tin-tong-hop")).Response.StatusCode;
        }
        finally
        {
            await portal.Disk.EmptyAsync(portal.Database);
        }

        using (published)
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode); // back to the article's form, which says why
        }
        Assert.Equal(NothingSaved, flash);
        Assert.Equal("Bài đang có bạn đọc", readerTitle);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (home, listing));
        Assert.Equal(before, await StateAsync(id)); // the live version, the pending draft and the trail, as they were
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban-thay-doi", [])).Dispose();
        Assert.Equal(("Bài đang có bạn đọc (bản sửa)", (int?)null), ((await StateAsync(id)).Title, (await StateAsync(id)).DraftRevisionId));
    }

    [Fact]
    public async Task AnyOtherWriteOnAFullDiskGetsThe507PageNotThe500One()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var lines = string.Join('\n', Enumerable.Range(1, 5_000).Select(i => $"bai-cu-so-{i},/tin-tuc/bai-moi-so-{i}"));

        HttpResponseMessage imported;
        await portal.Disk.FillAsync(portal.Database);
        try
        {
            // The old addresses' import turns no full disk into a message of its own: the error page says it instead.
            imported = await editor.PostFormAsync("/admin/dia-chi-cu/nhap", new() { ["text"] = lines }, tokenPage: "/admin/dia-chi-cu");
        }
        finally
        {
            await portal.Disk.EmptyAsync(portal.Database);
        }

        using (imported)
        {
            var page = await ErrorPages.AssertErrorPageAsync(imported, 507);
            Assert.Equal("Máy chủ hết dung lượng lưu trữ; thay đổi chưa được lưu. Hãy báo quản trị viên.", page.QuerySelector(".error-page h1 + p")!.TextContent);
        }
        await portal.WithDbAsync(async db => Assert.Equal(0, await db.OldAddresses.CountAsync(a => a.OldSlug.StartsWith("bai-cu-so-"))));
    }

    private async Task<int> CreateAsync(HttpClient editor, string title)
    {
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new() { ["Title"] = title, ["Body"] = "Nội dung đầu tiên.", ["CategoryId"] = await CategoryIdAsync() });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[3], CultureInfo.InvariantCulture);
    }

    private static async Task<string> StampAsync(HttpClient editor, int id)
    {
        var (_, form, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");
        return form.QuerySelector("input[name=ConcurrencyStamp]")!.GetAttribute("value")!;
    }

    private async Task<Dictionary<string, string>> FormAsync(string title, string body, string stamp) => new()
    {
        ["Title"] = title,
        ["Body"] = body,
        ["CategoryId"] = await CategoryIdAsync(),
        ["ConcurrencyStamp"] = stamp,
    };

    private static async Task<HttpResponseMessage> AutosaveAsync(HttpClient editor, int id, Dictionary<string, string> fields)
    {
        var token = await Staff.TokenAsync(editor, "/admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/bai-viet/{id}/tu-dong-luu")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await editor.SendAsync(request);
    }

    private async Task<string> CategoryIdAsync()
    {
        var id = 0;
        await portal.WithDbAsync(async db => id = await db.Categories.Where(c => c.Slug == "tin-tong-hop").Select(c => c.Id).SingleAsync());
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<ArticleState> StateAsync(int id)
    {
        ArticleState? state = null;
        await portal.WithDbAsync(async db =>
        {
            var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
            state = new ArticleState(article.Title, article.Body, article.Status, article.DraftRevisionId, article.ConcurrencyStamp,
                await db.ArticleRevisions.CountAsync(r => r.ArticleId == id), await db.AuditEvents.CountAsync());
        });
        return state!;
    }
}

public sealed class StorageFullTestsOnSqlite(SqliteFullDiskPortal portal) : StorageFullTests(portal), IClassFixture<SqliteFullDiskPortal>;

public sealed class StorageFullTestsOnPostgreSql(PostgreSqlFullDiskPortal portal) : StorageFullTests(portal), IClassFixture<PostgreSqlFullDiskPortal>;
