using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using HealthNews.Core.Text;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Admin;

/// <summary>Issue 13, "Reviewing and managing": return with a reason, the dashboard by role, the list's order and bulk actions, the audit log in words.</summary>
public abstract partial class ReviewAndManageTests(PortalFactory portal)
{
    private async Task<string> CategoryIdAsync()
    {
        var id = 0;
        await portal.WithDbAsync(async db => id = await db.Categories.Where(c => c.Slug == "tin-tong-hop").Select(c => c.Id).SingleAsync());
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<int> CreateAsync(HttpClient client, string title)
    {
        using var created = await client.PostFormAsync(Urls.Admin.ArticleCreate, new() { ["Title"] = title, ["Body"] = "Nội dung.", ["CategoryId"] = await CategoryIdAsync() });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[3], CultureInfo.InvariantCulture);
    }

    private async Task<int> SubmittedAsync(HttpClient author, string title)
    {
        var id = await CreateAsync(author, title);
        (await author.PostFormAsync(Urls.Admin.ArticleSubmit(id), [])).Dispose();
        return id;
    }

    private async Task<string> UserIdAsync(string role)
    {
        var id = "";
        await portal.WithDbAsync(async db => id = await db.Users.Where(u => u.Email == Staff.EmailFor(role)).Select(u => u.Id).SingleAsync());
        return id;
    }

    private async Task<ArticleStatus> StatusAsync(int id)
    {
        var status = ArticleStatus.Draft;
        await portal.WithDbAsync(async db => status = await db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
        return status;
    }

    private static async Task<HttpResponseMessage> BulkAsync(HttpClient client, string operation, IEnumerable<int> ids, string? returnUrl = null)
    {
        var fields = ids.Select(id => new KeyValuePair<string, string>("Ids", id.ToString(CultureInfo.InvariantCulture))).ToList();
        fields.Add(new("Operation", operation));
        fields.Add(new("ReturnUrl", returnUrl ?? Urls.Admin.Articles));
        fields.Add(new("__RequestVerificationToken", await Staff.TokenAsync(client, Urls.Admin.Articles)));
        return await client.PostAsync(new Uri(Urls.Admin.ArticleBulk, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private static async Task<string?> FlashAfterAsync(HttpClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var (_, page, _) = await client.GetPageAsync(redirect.Headers.Location!.OriginalString);
        return (page.QuerySelector(".flash.error") ?? page.QuerySelector(".flash.ok"))?.TextContent;
    }

    private static List<string> Titles(IHtmlDocument list) =>
        [.. list.QuerySelectorAll("table.articles tbody tr td:nth-child(2) > a").Select(a => a.TextContent)];

    [Fact]
    public async Task ReturningWithoutAReasonTellsTheEditorWhyAndLeavesTheArticleInReview()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        using var editor = await portal.SignInAsync(Roles.Editor);
        var id = await SubmittedAsync(author, "Bài trả lại không lý do");

        using var refused = await editor.PostFormAsync(Urls.Admin.ArticleReturn(id), new() { ["reason"] = "   " });

        Assert.Equal(Urls.Admin.ArticleEdit(id), refused.Headers.Location!.OriginalString);
        var (_, page, _) = await editor.GetPageAsync(Urls.Admin.ArticleEdit(id));
        Assert.Equal("Hãy ghi lý do trả lại để phóng viên biết cần sửa gì.", page.QuerySelector(".flash.error")!.TextContent);
        var reason = page.QuerySelector("form.return textarea[name=reason]")!;
        Assert.True(reason.HasAttribute("required"));
        Assert.Equal("1000", reason.GetAttribute("maxlength"));
        Assert.Equal(ArticleStatus.InReview, await StatusAsync(id));
    }

    [Fact]
    public async Task TheAuthorReadsTheReasonOnTheDashboardTheArticleAndItsHistoryUntilSendingItAgain()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        using var editor = await portal.SignInAsync(Roles.Editor);
        var id = await SubmittedAsync(author, "Bài cần bổ sung nguồn");

        using var returned = await editor.PostFormAsync(Urls.Admin.ArticleReturn(id), new() { ["reason"] = "Bổ sung nguồn cho số liệu ở đoạn hai." });

        Assert.Equal("Đã trả bài về cho phóng viên kèm lý do.", await FlashAfterAsync(editor, returned));
        var (_, dashboard, _) = await author.GetPageAsync(Urls.Admin.Root);
        var line = dashboard.QuerySelectorAll("#bai-bi-tra-lai li").Single(li => li.QuerySelector("a")!.TextContent == "Bài cần bổ sung nguồn");
        Assert.Equal(Urls.Admin.ArticleEdit(id), line.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Lý do: Bổ sung nguồn cho số liệu ở đoạn hai.", line.QuerySelector(".return-reason")!.TextContent);
        Assert.Contains("Nhân viên Biên tập viên", line.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var (_, edit, _) = await author.GetPageAsync(Urls.Admin.ArticleEdit(id));
        Assert.Equal("Lý do: Bổ sung nguồn cho số liệu ở đoạn hai.", edit.QuerySelector(".return-note .return-reason")!.TextContent);
        var (_, history, _) = await author.GetPageAsync(Urls.Admin.ArticleHistory(id));
        var step = history.QuerySelectorAll(".workflow-history tbody tr")[0];
        Assert.Equal(["Trả lại phóng viên", "Lý do: Bổ sung nguồn cho số liệu ở đoạn hai."], step.QuerySelectorAll("td").Skip(2).Select(td => td.TextContent));

        (await author.PostFormAsync(Urls.Admin.ArticleSubmit(id), [])).Dispose();

        (_, dashboard, _) = await author.GetPageAsync(Urls.Admin.Root);
        Assert.DoesNotContain(dashboard.QuerySelectorAll("#bai-bi-tra-lai li a"), a => a.TextContent == "Bài cần bổ sung nguồn");
        (_, edit, _) = await author.GetPageAsync(Urls.Admin.ArticleEdit(id));
        Assert.Null(edit.QuerySelector(".return-note"));
    }

    [Fact]
    public async Task TheDashboardShowsEachSectionOnlyToThePeopleItConcerns()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        using var editor = await portal.SignInAsync(Roles.Editor);
        using var pollManager = await portal.SignInAsync(Roles.PollManager);
        using var admin = await portal.SignInAsync(Roles.Administrator);
        var waiting = await SubmittedAsync(author, "Bài đã chờ ba giờ");
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        await portal.WithDbAsync(db => db.Articles.Where(a => a.Id == waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SubmittedAtUtc, now.AddHours(-3).AddMinutes(-10))));
        var scheduled = await CreateAsync(editor, "Bài hẹn giờ trên bảng điều khiển");
        var at = VietnamTime.FromUtc(now.AddDays(2));
        (await editor.PostFormAsync(Urls.Admin.ArticlePublish(scheduled), new() { ["publishAt"] = at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) })).Dispose();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var polls = scope.ServiceProvider.GetRequiredService<PollAdmin>();
            var poll = await polls.CreateAsync(new PollInput("Bạn có tiêm nhắc lại không?", ["Có", "Chưa"], false, 1, null, null, PollResultsVisibility.Always, false),
                Actor.System("kiểm thử"));
            Assert.True((await polls.OpenAsync(poll.Id, Actor.System("kiểm thử"))).Succeeded);
            var optionId = 0;
            await portal.WithDbAsync(async db => optionId = await db.PollOptions.Where(o => o.PollId == poll.Id).OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync());
            Assert.True((await scope.ServiceProvider.GetRequiredService<PollVoting>().VoteAsync(poll.Id, [optionId], new Voter("bang-dieu-khien", false, "10.0.0.7"))).Outcome.Accepted);
        }

        string[] Sections(IHtmlDocument page) => [.. page.QuerySelectorAll(".dashboard-section").Select(s => s.Id!)];
        var (_, forAuthor, _) = await author.GetPageAsync(Urls.Admin.Root);
        var (_, forEditor, _) = await editor.GetPageAsync(Urls.Admin.Root);
        var (_, forPolls, _) = await pollManager.GetPageAsync(Urls.Admin.Root);
        var (_, forAdmin, _) = await admin.GetPageAsync(Urls.Admin.Root);

        Assert.Equal(["bai-bi-tra-lai", "ban-nhap-cua-toi"], Sections(forAuthor));
        Assert.Equal(["bai-bi-tra-lai", "ban-nhap-cua-toi", "cho-duyet", "hen-gio", "moi-xuat-ban"], Sections(forEditor));
        Assert.Equal(["tham-do-dang-mo"], Sections(forPolls));
        Assert.Null(forPolls.QuerySelector(".cards"));
        Assert.Equal(["bai-bi-tra-lai", "ban-nhap-cua-toi", "cho-duyet", "hen-gio", "moi-xuat-ban", "tham-do-dang-mo"], Sections(forAdmin));
        var queued = forEditor.QuerySelectorAll("#cho-duyet li").Single(li => li.QuerySelector("a")!.TextContent == "Bài đã chờ ba giờ");
        Assert.Equal("chờ 3 giờ", queued.QuerySelector(".age")!.TextContent);
        var upcoming = forEditor.QuerySelectorAll("#hen-gio li").Single(li => li.QuerySelector("a")!.TextContent == "Bài hẹn giờ trên bảng điều khiển");
        Assert.Equal(VietnamTime.ListingDateLine(VietnamTime.ToUtc(new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0))), upcoming.QuerySelector(".when")!.TextContent);
        var open = forPolls.QuerySelectorAll("#tham-do-dang-mo .dashboard-poll").Single(li => li.QuerySelector("a")!.TextContent == "Bạn có tiêm nhắc lại không?");
        Assert.Equal("1", open.QuerySelector(".ballots")!.TextContent);
        Assert.Equal(["Có: 1 (100%)", "Chưa: 0 (0%)"], open.QuerySelectorAll(".poll-totals li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task TheListSortsByEachColumnFromLinksThatKeepTheFilters()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        foreach (var title in new[] { "Sắp xếp Bê", "Sắp xếp An", "Sắp xếp Cơ" })
        {
            await CreateAsync(editor, title);
        }

        var (_, list, _) = await editor.GetPageAsync(Urls.Admin.ArticleList(status: nameof(ArticleStatus.Draft), query: "sap xep"));
        Assert.Equal(["Sắp xếp Cơ", "Sắp xếp An", "Sắp xếp Bê"], Titles(list)); // newest updated first
        var headers = list.QuerySelectorAll("table.articles thead th[aria-sort]").ToList();
        Assert.Equal(["Tiêu đề", "Trạng thái", "Chuyên mục", "Tác giả", "Cập nhật ▼", "Xuất bản"], headers.Select(h => h.TextContent.Trim()));
        Assert.Equal("descending", headers[4].GetAttribute("aria-sort"));
        var byTitle = headers[0].QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("/admin/bai-viet?Status=Draft&Query=sap%20xep&Sort=title&Order=asc", byTitle);
        Assert.All(headers, h => Assert.Contains("Status=Draft&Query=sap%20xep", h.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));

        var (_, ascending, _) = await editor.GetPageAsync(byTitle);
        Assert.Equal(["Sắp xếp An", "Sắp xếp Bê", "Sắp xếp Cơ"], Titles(ascending));
        var again = ascending.QuerySelectorAll("table.articles thead th[aria-sort]")[0];
        Assert.Equal("ascending", again.GetAttribute("aria-sort"));
        var (_, descending, _) = await editor.GetPageAsync(again.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(["Sắp xếp Cơ", "Sắp xếp Bê", "Sắp xếp An"], Titles(descending));
        Assert.Equal("title", ascending.QuerySelector("form.filters input[name=Sort]")!.GetAttribute("value")); // filtering keeps the order

        foreach (var column in new[] { "status", "category", "author", "updated", "published", "STATUS", "nonsense", "1" })
        {
            foreach (var order in new[] { "asc", "desc", "sideways" })
            {
                var (response, _, _) = await editor.GetPageAsync($"/admin/bai-viet?Sort={column}&Order={order}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task TheListShowsTwentyFiftyOrAHundredAPageAndAnyOtherSizeAsTwenty()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var total = 0;
        await portal.WithDbAsync(async db => total = await db.Articles.CountAsync());
        if (total < 51)
        {
            await portal.AddAsync(categoryId => Enumerable.Range(0, 51 - total).Select(i =>
                ArticleRows.New(categoryId, $"trang-danh-sach-{i}", ArticleStatus.Draft, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
        }

        var (_, twenty, _) = await editor.GetPageAsync(Urls.Admin.Articles);
        var (_, fifty, _) = await editor.GetPageAsync(Urls.Admin.ArticleList(pageSize: 50));
        var (_, hundred, _) = await editor.GetPageAsync(Urls.Admin.ArticleList(pageSize: 100));
        var (odd, seven, _) = await editor.GetPageAsync("/admin/bai-viet?PageSize=7");

        Assert.Equal(20, Titles(twenty).Count);
        Assert.Equal(50, Titles(fifty).Count);
        Assert.True(Titles(hundred).Count > 50);
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
        Assert.Equal(20, Titles(seven).Count);
        Assert.Equal("50", fifty.QuerySelector("select[name=PageSize] option[selected]")!.GetAttribute("value"));
        Assert.Equal(["20", "50", "100"], fifty.QuerySelectorAll("select[name=PageSize] option").Select(o => o.GetAttribute("value")!));
        Assert.Contains("PageSize=50", fifty.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkPublishPublishesWhatItMayAndNamesEachRefusalInOneMessage()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var first = await CreateAsync(editor, "Hàng loạt một");
        var second = await CreateAsync(editor, "Hàng loạt hai");
        var archived = await CreateAsync(editor, "Hàng loạt đã lưu trữ");
        (await editor.PostFormAsync(Urls.Admin.ArticleArchive(archived), [])).Dispose();
        var (_, list, _) = await editor.GetPageAsync(Urls.Admin.ArticleList(query: "hang loat"));
        Assert.Equal(["Gửi duyệt", "Xuất bản", "Gỡ bài", "Lưu trữ"], list.QuerySelectorAll("form.bulk button[name=Operation]").Select(b => b.TextContent));
        Assert.Equal(3, list.QuerySelectorAll("form.bulk input[type=checkbox][name=Ids]").Length);
        var back = list.QuerySelector("form.bulk input[name=ReturnUrl]")!.GetAttribute("value")!;

        using var response = await BulkAsync(editor, "Publish", [first, archived, second], back);

        Assert.Equal(back, response.Headers.Location!.OriginalString);
        Assert.Equal("Đã xuất bản 2 bài; 1 bài bị từ chối: “Hàng loạt đã lưu trữ” (Bài đã lưu trữ; hãy khôi phục trước khi xuất bản).",
            await FlashAfterAsync(editor, response));
        Assert.Equal(ArticleStatus.Published, await StatusAsync(first));
        Assert.Equal(ArticleStatus.Published, await StatusAsync(second));
        Assert.Equal(ArticleStatus.Archived, await StatusAsync(archived));

        using var unpublished = await BulkAsync(editor, "Unpublish", [first, second]);
        Assert.Equal("Đã gỡ 2 bài.", await FlashAfterAsync(editor, unpublished));
        using var archivedNow = await BulkAsync(editor, "Archive", [first]);
        Assert.Equal("Đã lưu trữ 1 bài.", await FlashAfterAsync(editor, archivedNow));
        Assert.Equal(ArticleStatus.Archived, await StatusAsync(first));
    }

    [Fact]
    public async Task AnAuthorIsOfferedOnlySubmitAndAForgedBulkPublishIsRefusedForEachArticle()
    {
        using var author = await portal.SignInAsync(Roles.Author);
        var mine = await CreateAsync(author, "Bài phóng viên muốn tự xuất bản");
        var (_, list, _) = await author.GetPageAsync(Urls.Admin.Articles);
        Assert.Equal(["Gửi duyệt"], list.QuerySelectorAll("form.bulk button[name=Operation]").Select(b => b.TextContent));

        using var publish = await BulkAsync(author, "Publish", [mine]);
        Assert.Equal("Đã xuất bản 0 bài; 1 bài bị từ chối: “Bài phóng viên muốn tự xuất bản” (Phóng viên không được xuất bản bài; hãy gửi bài chờ biên tập viên duyệt).",
            await FlashAfterAsync(author, publish));
        Assert.Equal(ArticleStatus.Draft, await StatusAsync(mine));

        using var submit = await BulkAsync(author, "Submit", [mine]);
        Assert.Equal("Đã gửi duyệt 1 bài.", await FlashAfterAsync(author, submit));
        Assert.Equal(ArticleStatus.InReview, await StatusAsync(mine));
    }

    [Theory]
    [InlineData("Publish", false, "https://example.com/", "Hãy đánh dấu ít nhất một bài trong danh sách.")]
    [InlineData("Explode", true, "//example.com/admin/bai-viet", "Hãy chọn một thao tác: gửi duyệt, xuất bản, gỡ bài hoặc lưu trữ.")]
    [InlineData("2", true, "/admin/nguoi-dung", "Hãy chọn một thao tác: gửi duyệt, xuất bản, gỡ bài hoặc lưu trữ.")]
    public async Task ABulkPostWithNothingCheckedOrNoKnownActionSaysSoOnTheList(string operation, bool withRow, string returnUrl, string message)
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var id = await CreateAsync(editor, "Bài cho thao tác sai " + operation);

        using var response = await BulkAsync(editor, operation, withRow ? [id] : [], returnUrl);

        Assert.Equal(Urls.Admin.Articles, response.Headers.Location!.OriginalString);
        Assert.Equal(message, await FlashAfterAsync(editor, response));
        Assert.Equal(ArticleStatus.Draft, await StatusAsync(id));
    }

    [Fact]
    public async Task TheAuditLogSpeaksVietnameseAndLinksEachObjectToItsPage()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        using var admin = await portal.SignInAsync(Roles.Administrator);
        var id = await CreateAsync(editor, "Bài trong nhật ký");
        (await editor.PostFormAsync(Urls.Admin.ArticlePublish(id), [])).Dispose();
        var editorId = await UserIdAsync(Roles.Editor);

        var (response, page, _) = await admin.GetPageAsync(Urls.Admin.Audit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("table.audit tbody tr").ToList();
        var actions = rows.Select(r => r.QuerySelector("td.action")!.TextContent).ToList();
        Assert.Contains("Đăng nhập thành công", actions);
        Assert.Contains("Xuất bản bài viết", actions);
        Assert.Contains("Tạo bài viết", actions);
        Assert.DoesNotContain(actions, a => a.Contains('.', StringComparison.Ordinal)); // no storage codes
        var published = rows.First(r => r.QuerySelector("td.action")!.TextContent == "Xuất bản bài viết");
        var link = published.QuerySelector("td.object a")!;
        Assert.Equal(("Bài trong nhật ký", Urls.Admin.ArticleEdit(id)), (link.TextContent, link.GetAttribute("href")));
        Assert.Equal("Bài viết:", published.QuerySelector("td.object .kind")!.TextContent);
        var signIn = rows.First(r => r.QuerySelector("td.action")!.TextContent == "Đăng nhập thành công"
            && r.QuerySelector("td.object a")?.GetAttribute("href") == Urls.Admin.User(editorId));
        Assert.Equal("Nhân viên Biên tập viên", signIn.QuerySelector("td.object a")!.TextContent);
        Assert.DoesNotMatch(GuidPattern(), string.Join(" ", rows.Select(r => r.QuerySelector("td.object")!.TextContent)));
        Assert.DoesNotContain(rows, r => r.QuerySelector("td.object")!.TextContent.Contains("AppUser", StringComparison.Ordinal));
        var (_, users, _) = await admin.GetPageAsync(Urls.Admin.Users);
        Assert.NotNull(users.GetElementById(Urls.Admin.UserAnchor(editorId)));
    }

    [Fact]
    public async Task TheAuditLogFiltersByPersonActionAndDaysAndExplainsABadDay()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        using var admin = await portal.SignInAsync(Roles.Administrator);
        var id = await CreateAsync(editor, "Bài lọc nhật ký");
        (await editor.PostFormAsync(Urls.Admin.ArticlePublish(id), [])).Dispose();
        var editorId = await UserIdAsync(Roles.Editor);
        var today = VietnamTime.FromUtc(portal.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = VietnamTime.FromUtc(portal.Clock.GetUtcNow().UtcDateTime.AddDays(1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (_, byPerson, _) = await admin.GetPageAsync(Urls.Admin.AuditList(userId: editorId));
        var (_, byAction, _) = await admin.GetPageAsync(Urls.Admin.AuditList(action: "article.published", from: today, to: today));
        var (_, future, _) = await admin.GetPageAsync(Urls.Admin.AuditList(from: tomorrow));
        var (bad, badPage, _) = await admin.GetPageAsync(Urls.Admin.AuditList(from: "hom-qua", to: "2025-02-30"));

        static List<string> Column(IHtmlDocument page, int index) =>
            [.. page.QuerySelectorAll("table.audit tbody tr").Select(r => r.QuerySelectorAll("td")[index].TextContent)];
        Assert.NotEmpty(Column(byPerson, 1));
        Assert.All(Column(byPerson, 1), name => Assert.Contains(name, new[] { "Nhân viên Biên tập viên", Staff.EmailFor(Roles.Editor) })); // sign-ins carry the email typed
        Assert.Equal(editorId, byPerson.QuerySelector("select[name=UserId] option[selected]")!.GetAttribute("value"));
        Assert.Contains("Xuất bản bài viết", byAction.QuerySelector("select[name=Action] option[selected]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bài lọc nhật ký", byAction.QuerySelectorAll("table.audit td.object a").Select(a => a.TextContent));
        Assert.All(Column(byAction, 2), action => Assert.Equal("Xuất bản bài viết", action));
        Assert.Empty(Column(future, 0));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Equal(["“Từ ngày” không phải là một ngày hợp lệ; bộ lọc này đã được bỏ qua.", "“Đến ngày” không phải là một ngày hợp lệ; bộ lọc này đã được bỏ qua."],
            badPage.QuerySelectorAll(".flash.error li").Select(li => li.TextContent));
        Assert.NotEmpty(Column(badPage, 0));
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}

public sealed class ReviewAndManageTestsOnSqlite(SqlitePortal portal) : ReviewAndManageTests(portal), IClassFixture<SqlitePortal>;

public sealed class ReviewAndManageTestsOnPostgreSql(PostgreSqlPortal portal) : ReviewAndManageTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class ReviewAndManageTestsOnSqlServer(SqlServerPortal portal) : ReviewAndManageTests(portal), IClassFixture<SqlServerPortal>;
