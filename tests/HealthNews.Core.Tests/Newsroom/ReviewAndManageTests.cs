using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Tests.Newsroom;

/// <summary>Returning with a reason, bulk actions, the list's order and the dashboard's sections, on every database.</summary>
public abstract class ReviewAndManageTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Start = new(2025, 7, 10, 1, 0, 0, DateTimeKind.Utc);
    private readonly ManualClock _clock = new(new DateTimeOffset(Start));

    private static readonly Actor Author = new("author-1", "Phóng viên An", new HashSet<string> { Roles.Author }, "10.0.0.1");
    private static readonly Actor OtherAuthor = new("author-2", "Phóng viên Bình", new HashSet<string> { Roles.Author }, "10.0.0.2");
    private static readonly Actor Editor = new("editor-1", "Biên tập viên Chi", new HashSet<string> { Roles.Editor }, "10.0.0.3");
    private static readonly Actor PollManager = new("polls-1", "Quản lý Dung", new HashSet<string> { Roles.PollManager }, "10.0.0.4");

    private ArticlePublishing Publishing(HealthNewsDbContext db, bool fourEyes = false) =>
        new(db, new AuditLog(db, _clock), _clock, Options.Create(new NewsroomOptions { FourEyes = fourEyes }), new RecordingCache(), TestServices.Rendering(db));

    private NewsroomQueries Queries(HealthNewsDbContext db) => new(db, _clock, new CategoryDirectory(db, TestServices.DataCache(_clock)));

    private static ArticleInput Input(int categoryId, string title) => new(title, null, "Tóm tắt.", "Nội dung.", categoryId, null, null, null, null, []);

    private async Task<(HealthNewsDbContext Db, int CategoryId)> SetupAsync()
    {
        var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        return (db, category.Id);
    }

    private static async Task<int> SubmittedAsync(ArticlePublishing publishing, int categoryId, string title, Actor author)
    {
        var created = await publishing.CreateAsync(Input(categoryId, title), author);
        Assert.True((await publishing.SubmitAsync(created.Id, author)).Succeeded);
        return created.Id;
    }

    private async Task<Article> ReloadAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task ReturningWithoutAReasonIsRefusedAndTheArticleStaysInReview(string? reason)
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = await SubmittedAsync(publishing, categoryId, "Bài chờ duyệt", Author);

        var result = await publishing.ReturnToDraftAsync(id, reason, Editor);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("Hãy ghi lý do trả lại để phóng viên biết cần sửa gì.", result.Errors![ArticlePublishing.ReasonField]);
        var article = await ReloadAsync(id);
        Assert.Equal(ArticleStatus.InReview, article.Status);
        Assert.Null(article.ReturnReason);
    }

    [Fact]
    public async Task AReasonLongerThanItsLimitIsRefusedWithTheLimitInWords()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = await SubmittedAsync(publishing, categoryId, "Bài chờ duyệt", Author);

        var result = await publishing.ReturnToDraftAsync(id, new string('ữ', FieldLimits.Article.ReturnReason + 1), Editor);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal($"Lý do trả lại không được dài quá {FieldLimits.Article.ReturnReason} ký tự.", result.Message);
        Assert.True((await publishing.ReturnToDraftAsync(id, new string('ữ', FieldLimits.Article.ReturnReason), Editor)).Succeeded);
    }

    [Fact]
    public async Task TheReasonStaysWithTheArticleAndInTheTrailUntilTheAuthorSendsItAgain()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = await SubmittedAsync(publishing, categoryId, "Bài cần sửa", Author);
        _clock.Advance(TimeSpan.FromHours(2));

        var returned = await publishing.ReturnToDraftAsync(id, "  Thiếu nguồn số liệu ở đoạn hai.  ", Editor);

        Assert.True(returned.Succeeded, returned.Message);
        var article = await ReloadAsync(id);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("Thiếu nguồn số liệu ở đoạn hai.", article.ReturnReason);
        Assert.Equal("Biên tập viên Chi", article.ReturnedByName);
        Assert.Equal(Start.AddHours(2), article.ReturnedAtUtc);
        var edit = await Queries(db).GetForEditAsync(id);
        Assert.Equal(new ReturnNote("Thiếu nguồn số liệu ở đoạn hai.", Start.AddHours(2), "Biên tập viên Chi"), edit!.Returned);

        Assert.True((await publishing.SubmitAsync(id, Author)).Succeeded);

        article = await ReloadAsync(id);
        Assert.Null(article.ReturnReason);
        Assert.Null(article.ReturnedAtUtc);
        Assert.Null(article.ReturnedByName);
        var workflow = await Queries(db).ListWorkflowAsync(id);
        Assert.Equal([AuditActions.ArticleSubmitted, AuditActions.ArticleReturned, AuditActions.ArticleSubmitted, AuditActions.ArticleCreated],
            workflow.Select(e => e.Action));
        Assert.Equal("Lý do: Thiếu nguồn số liệu ở đoạn hai.", workflow[1].Details);
    }

    [Fact]
    public async Task BulkPublishingRefusesWhatTheEditorMayNotPublishAndPublishesTheRest()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db, fourEyes: true);
        var first = await SubmittedAsync(publishing, categoryId, "Bài thứ nhất", Author);
        var own = await SubmittedAsync(publishing, categoryId, "Bài biên tập viên tự gửi", Editor);
        var second = await SubmittedAsync(publishing, categoryId, "Bài thứ hai", OtherAuthor);

        var (result, outcome) = await publishing.BulkAsync(BulkAction.Publish, [first, own, second, first], Editor);

        Assert.Equal(CommandStatus.Conflict, result.Status);
        Assert.Equal(2, outcome!.DoneCount);
        var refused = Assert.Single(outcome.Refused);
        Assert.Equal(own, refused.Id);
        Assert.Equal(CommandStatus.Forbidden, refused.Result.Status);
        Assert.Equal(
            "Đã xuất bản 2 bài; 1 bài bị từ chối: “Bài biên tập viên tự gửi” (Theo quy định hai người duyệt, bạn không thể tự xuất bản bài do chính mình gửi duyệt).",
            result.Message);
        Assert.Equal(ArticleStatus.Published, (await ReloadAsync(first)).Status);
        Assert.Equal(ArticleStatus.Published, (await ReloadAsync(second)).Status);
        Assert.Equal(ArticleStatus.InReview, (await ReloadAsync(own)).Status);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.ArticlePublished));
    }

    [Fact]
    public async Task AnAuthorsBulkPublishIsRefusedRowByRowAndTheirBulkSubmitGoesOnlyForTheirOwnDrafts()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var mine = (await publishing.CreateAsync(Input(categoryId, "Bài của tôi"), Author)).Id;
        var theirs = (await publishing.CreateAsync(Input(categoryId, "Bài của người khác"), OtherAuthor)).Id;

        var (publish, published) = await publishing.BulkAsync(BulkAction.Publish, [mine, theirs], Author);
        var (submit, submitted) = await publishing.BulkAsync(BulkAction.Submit, [mine, theirs, 999_999], Author);

        Assert.Equal(0, published!.DoneCount);
        Assert.All(published.Refused, r => Assert.Equal("Phóng viên không được xuất bản bài; hãy gửi bài chờ biên tập viên duyệt.", r.Result.Message));
        Assert.StartsWith("Đã xuất bản 0 bài; 2 bài bị từ chối: “Bài của tôi”", publish.Message, StringComparison.Ordinal);
        Assert.Equal(1, submitted!.DoneCount);
        Assert.Equal(["Bài của người khác", "#999999"], submitted.Refused.Select(r => r.Title));
        Assert.Equal(ArticleStatus.InReview, (await ReloadAsync(mine)).Status);
        Assert.Equal(ArticleStatus.Draft, (await ReloadAsync(theirs)).Status);
        Assert.Contains("2 bài bị từ chối", submit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABulkActionWithNothingCheckedOrTooManyRowsChangesNothing()
    {
        var (db, _) = await SetupAsync();
        await using var __ = db;
        var publishing = Publishing(db);

        var (none, _) = await publishing.BulkAsync(BulkAction.Archive, [], Editor);
        var (tooMany, _) = await publishing.BulkAsync(BulkAction.Archive, Enumerable.Range(1, ArticlePublishing.MaxBulkArticles + 1), Editor);

        Assert.Equal("Hãy đánh dấu ít nhất một bài trong danh sách.", none.Message);
        Assert.Equal($"Mỗi lần chỉ thao tác được tối đa {ArticlePublishing.MaxBulkArticles} bài.", tooMany.Message);
    }

    [Fact]
    public async Task PublishingAnArticleReadersAlreadySeeIsRefusedAndKeepsItsDate()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = (await publishing.CreateAsync(Input(categoryId, "Bài đã lên cổng"), Editor)).Id;
        Assert.True((await publishing.PublishAsync(id, null, Editor)).Succeeded);
        _clock.Advance(TimeSpan.FromDays(1));

        var again = await publishing.PublishAsync(id, null, Editor);

        Assert.Equal(CommandStatus.Conflict, again.Status);
        Assert.Equal(Start, (await ReloadAsync(id)).PublishedAtUtc);
    }

    [Fact]
    public async Task TheListSortsByEachColumnBothWaysWithNeverPublishedLastAndTakesFiftyOrAHundredAPage()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var other = await db.AddCategoryAsync("An toàn thực phẩm", "an-toan-thuc-pham");
        var b = await db.AddArticleAsync(other, "B bài", Start.AddDays(-2));
        var a = await db.AddArticleAsync(other, "A bài", null, ArticleStatus.Draft);
        var c = await db.AddArticleAsync(await db.Categories.SingleAsync(x => x.Id == categoryId), "C bài", Start.AddDays(-1));
        for (var i = 0; i < 55; i++)
        {
            await db.AddArticleAsync(other, $"Z bài {i:00}", null, ArticleStatus.Archived);
        }
        var queries = Queries(db);
        async Task<List<int>> IdsAsync(ArticleSort sort, bool descending, string? status = nameof(ArticleStatus.Published)) =>
            [.. (await queries.ListAsync(new ArticleFilter(status, null, null, null, 1, sort, descending, 100))).Items.Select(r => r.Id)];

        Assert.Equal([b.Id, c.Id], await IdsAsync(ArticleSort.Title, false));
        Assert.Equal([c.Id, b.Id], await IdsAsync(ArticleSort.Title, true));
        Assert.Equal([c.Id, b.Id], await IdsAsync(ArticleSort.Published, true));
        Assert.Equal([c.Id, b.Id], await IdsAsync(ArticleSort.Category, true)); // "Tin tổng hợp" after "An toàn thực phẩm"
        var published = await IdsAsync(ArticleSort.Published, true, null);
        var ascending = await IdsAsync(ArticleSort.Published, false, null);
        Assert.Equal([c.Id, b.Id], published.Take(2));
        Assert.Equal([b.Id, c.Id], ascending.Take(2));
        Assert.Contains(a.Id, published.Skip(2)); // never published: last, whichever way
        Assert.Contains(a.Id, ascending.Skip(2));
        Assert.Equal(a.Id, (await IdsAsync(ArticleSort.Title, false, null))[0]);
        Assert.Equal(ArticleStatus.Archived, (await queries.ListAsync(new ArticleFilter(null, null, null, null, 1, ArticleSort.Status, false, 100))).Items[0].Status);

        var fifty = await queries.ListAsync(new ArticleFilter(null, null, null, null, 1, ArticleSort.Title, false, 50));
        var oddSize = await queries.ListAsync(new ArticleFilter(null, null, null, null, 1, ArticleSort.Title, false, 7));
        Assert.Equal((50, 50, 2), (fifty.Items.Count, fifty.PageSize, fifty.TotalPages));
        Assert.Equal(NewsroomQueries.PageSize, oddSize.PageSize);
    }

    [Fact]
    public async Task TheDashboardGivesEachPersonTheSectionsTheirRoleConcerns()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var older = await SubmittedAsync(publishing, categoryId, "Gửi trước", OtherAuthor);
        _clock.Advance(TimeSpan.FromHours(1));
        var newer = await SubmittedAsync(publishing, categoryId, "Gửi sau", OtherAuthor);
        var returned = await SubmittedAsync(publishing, categoryId, "Bị trả lại", Author);
        Assert.True((await publishing.ReturnToDraftAsync(returned, "Viết lại tiêu đề.", Editor)).Succeeded);
        var draft = (await publishing.CreateAsync(Input(categoryId, "Nháp của tôi"), Author)).Id;
        var scheduled = (await publishing.CreateAsync(Input(categoryId, "Hẹn giờ"), Editor)).Id;
        Assert.True((await publishing.PublishAsync(scheduled, Start.AddDays(3), Editor)).Succeeded);
        var live = (await publishing.CreateAsync(Input(categoryId, "Đã lên"), Editor)).Id;
        Assert.True((await publishing.PublishAsync(live, null, Editor)).Succeeded);
        var queries = Queries(db);

        var author = await queries.GetDashboardAsync(Author);
        var editor = await queries.GetDashboardAsync(Editor);
        var polls = await queries.GetDashboardAsync(PollManager);

        Assert.Equal([draft], author.MyDrafts!.Select(a => a.Id));
        var back = Assert.Single(author.MyReturned!);
        Assert.Equal((returned, "Viết lại tiêu đề.", "Biên tập viên Chi"), (back.Id, back.Returned!.Reason, back.Returned.ReturnedByName));
        Assert.Null(author.AwaitingReview);
        Assert.Null(author.Scheduled);
        Assert.Equal([older, newer], editor.AwaitingReview!.Select(a => a.Id));
        Assert.Equal(Start, editor.AwaitingReview![0].AtUtc);
        Assert.Equal([scheduled], editor.Scheduled!.Select(a => a.Id));
        Assert.Equal(Start.AddDays(3), editor.Scheduled![0].AtUtc);
        Assert.Equal([live], editor.RecentlyPublished!.Select(a => a.Id));
        Assert.Equal(new NewsroomDashboard(null, null, null, null, null), polls);
    }
}

public sealed class ReviewAndManageTestsOnSqlite() : ReviewAndManageTests(DatabaseOptions.Sqlite);

public sealed class ReviewAndManageTestsOnPostgreSql() : ReviewAndManageTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ReviewAndManageTestsOnSqlServer() : ReviewAndManageTests(DatabaseOptions.SqlServer);
