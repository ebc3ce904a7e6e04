using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
using HealthNews.Core.Caching;
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

public abstract class ArticlePublishingTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Start = new(2025, 7, 10, 1, 0, 0, DateTimeKind.Utc);
    private readonly ManualClock _clock = new(new DateTimeOffset(Start));

    private RecordingCache Cache { get; } = new();

    private static readonly Actor Author = new("author-1", "Phóng viên An", new HashSet<string> { Roles.Author }, "10.0.0.1");
    private static readonly Actor OtherAuthor = new("author-2", "Phóng viên Bình", new HashSet<string> { Roles.Author }, "10.0.0.2");
    private static readonly Actor Editor = new("editor-1", "Biên tập viên Chi", new HashSet<string> { Roles.Editor }, "10.0.0.3");
    private static readonly Actor Admin = new("admin-1", "Quản trị Dũng", new HashSet<string> { Roles.Administrator }, "10.0.0.4");

    private ArticlePublishing Publishing(HealthNewsDbContext db, bool fourEyes = false) =>
        new(db, new AuditLog(db, _clock), _clock, Options.Create(new NewsroomOptions { FourEyes = fourEyes }), Cache, TestServices.Rendering(db));

    private static ArticleInput Input(int categoryId, string title = "Bộ Y tế họp về tiêm chủng", string body = "Đoạn một.\n\nĐoạn hai.") =>
        new(title, null, "Tóm tắt tin.", body, categoryId, null, null, null, null, []);

    private async Task<(HealthNewsDbContext Db, int CategoryId)> SetupAsync()
    {
        var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        return (db, category.Id);
    }

    private async Task<Article> ReloadAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    [Fact]
    public async Task AnAuthorWritesAndSubmitsButCannotPublish()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);

        var created = await publishing.CreateAsync(Input(categoryId), Author);
        var submitted = await publishing.SubmitAsync(created.Id, Author);
        var published = await publishing.PublishAsync(created.Id, null, Author);

        Assert.True(created.Succeeded && submitted.Succeeded);
        Assert.Equal(CommandStatus.Forbidden, published.Status);
        var article = await ReloadAsync(created.Id);
        Assert.Equal(ArticleStatus.InReview, article.Status);
        Assert.Equal("author-1", article.AuthorId);
        Assert.Equal("bo-y-te-hop-ve-tiem-chung", article.Slug);
    }

    [Fact]
    public async Task AnAuthorCannotEditSomeoneElsesArticleButAnEditorCan()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var created = await publishing.CreateAsync(Input(categoryId), Author);
        var stamp = (await ReloadAsync(created.Id)).ConcurrencyStamp;

        var byOther = await publishing.SaveAsync(created.Id, Input(categoryId, "Sửa trộm"), stamp, OtherAuthor);
        var byEditor = await publishing.SaveAsync(created.Id, Input(categoryId, "Biên tập lại"), stamp, Editor);

        Assert.Equal(CommandStatus.Forbidden, byOther.Status);
        Assert.True(byEditor.Succeeded, byEditor.Message);
        Assert.Equal("Biên tập lại", (await ReloadAsync(created.Id)).Title);
    }

    [Fact]
    public async Task WithFourEyesAnEditorCannotPublishTheirOwnSubmission()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db, fourEyes: true);
        var created = await publishing.CreateAsync(Input(categoryId), Editor);
        await publishing.SubmitAsync(created.Id, Editor);

        var own = await publishing.PublishAsync(created.Id, null, Editor);
        var other = await publishing.PublishAsync(created.Id, null, Admin);

        Assert.Equal(CommandStatus.Forbidden, own.Status);
        Assert.True(other.Succeeded, other.Message);
    }

    [Fact]
    public async Task AScheduledArticleAppearsAtItsTimeOnTheReadersQueries()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var created = await publishing.CreateAsync(Input(categoryId), Author);
        var readers = new PublishedArticles(db, _clock);

        var scheduled = await publishing.PublishAsync(created.Id, Start.AddHours(2), Editor);
        var slug = (await ReloadAsync(created.Id)).Slug;

        Assert.True(scheduled.Succeeded);
        Assert.Contains("Đã hẹn giờ", scheduled.Message, StringComparison.Ordinal);
        Assert.Null(await readers.GetPublishedBySlugAsync(slug));
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.NotNull(await readers.GetPublishedBySlugAsync(slug));
    }

    [Fact]
    public async Task EditingAPublishedArticleLeavesTheLiveVersionUntilChangesArePublished()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = (await publishing.CreateAsync(Input(categoryId, "Tiêu đề gốc", "Nội dung gốc."), Author)).Id;
        await publishing.PublishAsync(id, null, Editor);
        var readers = new PublishedArticles(db, _clock);
        var stamp = (await ReloadAsync(id)).ConcurrencyStamp;

        var saved = await publishing.SaveAsync(id, Input(categoryId, "Tiêu đề mới", "Nội dung mới."), stamp, Editor);

        Assert.True(saved.Succeeded, saved.Message);
        var live = await readers.GetPublishedBySlugAsync("tieu-de-goc");
        Assert.Equal(("Tiêu đề gốc", "Nội dung gốc."), (live!.Title, live.Body));
        Assert.NotNull((await ReloadAsync(id)).DraftRevisionId);

        var changes = await publishing.PublishChangesAsync(id, Editor);

        Assert.True(changes.Succeeded, changes.Message);
        live = await readers.GetPublishedBySlugAsync("tieu-de-goc");
        Assert.Equal(("Tiêu đề mới", "Nội dung mới."), (live!.Title, live.Body));
        Assert.Null((await ReloadAsync(id)).DraftRevisionId);
    }

    [Fact]
    public async Task AChangedSlugKeepsTheOldAddressAsARedirect()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = (await publishing.CreateAsync(Input(categoryId, "Tiêu đề gốc"), Author)).Id;
        await publishing.PublishAsync(id, null, Editor);
        var stamp = (await ReloadAsync(id)).ConcurrencyStamp;

        await publishing.SaveAsync(id, Input(categoryId, "Tiêu đề gốc") with { Slug = "Địa chỉ mới" }, stamp, Editor);
        await publishing.PublishChangesAsync(id, Editor);

        var readers = new PublishedArticles(db, _clock);
        Assert.Equal("dia-chi-moi", (await ReloadAsync(id)).Slug);
        Assert.Equal("dia-chi-moi", await readers.FindMovedSlugAsync("tieu-de-goc"));
        Assert.Null(await readers.GetPublishedBySlugAsync("tieu-de-goc"));
    }

    [Fact]
    public async Task TheSecondOfTwoEditorsSavingIsRefusedAndNothingIsOverwritten()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var id = (await Publishing(db).CreateAsync(Input(categoryId), Author)).Id;
        var stampBothLoaded = (await ReloadAsync(id)).ConcurrencyStamp;

        await using var firstDb = Database.CreateContext();
        await using var secondDb = Database.CreateContext();
        var first = await Publishing(firstDb).SaveAsync(id, Input(categoryId, "Bản của biên tập viên A"), stampBothLoaded, Editor);
        var second = await Publishing(secondDb).SaveAsync(id, Input(categoryId, "Bản của biên tập viên B"), stampBothLoaded, Admin);

        Assert.True(first.Succeeded);
        Assert.Equal(CommandStatus.Conflict, second.Status);
        Assert.Contains("Biên tập viên Chi", second.Message, StringComparison.Ordinal); // says who saved in between
        Assert.Equal("Bản của biên tập viên A", (await ReloadAsync(id)).Title);
    }

    [Fact]
    public async Task EverySaveKeepsARevisionAndRestoringPutsItIntoTheDraftNotOnTheSite()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = (await publishing.CreateAsync(Input(categoryId, "Phiên bản một", "Thân bài một."), Author)).Id;
        await publishing.PublishAsync(id, null, Editor);
        await publishing.SaveAsync(id, Input(categoryId, "Phiên bản hai", "Thân bài hai."), (await ReloadAsync(id)).ConcurrencyStamp, Editor);
        await publishing.PublishChangesAsync(id, Editor);
        var revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal(["Phóng viên An", "Biên tập viên Chi"], revisions.Select(r => r.CreatedByName));

        var restored = await publishing.RestoreRevisionAsync(id, revisions[0].Id, Editor);

        Assert.True(restored.Succeeded, restored.Message);
        var article = await ReloadAsync(id);
        Assert.Equal("Phiên bản hai", article.Title); // the site is unchanged
        var draft = await db.ArticleRevisions.AsNoTracking().SingleAsync(r => r.Id == article.DraftRevisionId);
        Assert.Equal(("Phiên bản một", "Thân bài một.", 3), (draft.Title, draft.Body, draft.Number));
        Assert.Equal("Khôi phục từ phiên bản 1", draft.Note);
    }

    [Fact]
    public async Task ArchivingIsForEditorsAndPurgingForAdministratorsOnly()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = (await publishing.CreateAsync(Input(categoryId), Author)).Id;

        Assert.Equal(CommandStatus.Forbidden, (await publishing.ArchiveAsync(id, Author)).Status);
        Assert.True((await publishing.ArchiveAsync(id, Editor)).Succeeded);
        Assert.Equal(CommandStatus.Forbidden, (await publishing.PurgeAsync(id, Editor)).Status);
        Assert.True((await publishing.PurgeAsync(id, Admin)).Succeeded);
        Assert.False(await db.Articles.AnyAsync(a => a.Id == id));
    }

    [Fact]
    public async Task EveryStateChangeIsAuditedWithWhoAndFromWhere()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = (await publishing.CreateAsync(Input(categoryId), Author)).Id;
        await publishing.SubmitAsync(id, Author);
        await publishing.PublishAsync(id, null, Editor);
        await publishing.UnpublishAsync(id, Editor);

        var events = await db.AuditEvents.AsNoTracking().Where(e => e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.UserName, e.IpAddress }).ToListAsync();

        Assert.Equal(
            [(AuditActions.ArticleCreated, "Phóng viên An", "10.0.0.1"), (AuditActions.ArticleSubmitted, "Phóng viên An", "10.0.0.1"),
             (AuditActions.ArticlePublished, "Biên tập viên Chi", "10.0.0.3"), (AuditActions.ArticleUnpublished, "Biên tập viên Chi", "10.0.0.3")],
            events.Select(e => (e.Action, e.UserName, e.IpAddress!)));
    }

    [Fact]
    public async Task OnlyChangesReadersSeeEvictTheCachedPages()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var id = (await publishing.CreateAsync(Input(categoryId), Author)).Id;
        await publishing.SaveAsync(id, Input(categoryId, "Sửa bản nháp"), (await ReloadAsync(id)).ConcurrencyStamp, Author);
        await publishing.SubmitAsync(id, Author);
        Assert.Empty(Cache.Evicted); // drafts are invisible to readers

        await publishing.PublishAsync(id, null, Editor);
        Assert.Equal([CacheTags.Articles], Cache.Evicted);

        await publishing.SaveAsync(id, Input(categoryId, "Sửa khi đang xuất bản"), (await ReloadAsync(id)).ConcurrencyStamp, Editor);
        Assert.Single(Cache.Evicted); // a pending draft is not on the site yet

        await publishing.PublishChangesAsync(id, Editor);
        await publishing.UnpublishAsync(id, Editor);
        Assert.Equal(3, Cache.Evicted.Count);
    }

    [Fact]
    public async Task InvalidInputIsRefusedWithVietnameseMessagesAndSavesNothing()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;

        var result = await Publishing(db).CreateAsync(Input(categoryId + 999, "  "), Author);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("Vui lòng nhập tiêu đề.", result.Errors![nameof(ArticleInput.Title)]);
        Assert.Equal("Vui lòng chọn chuyên mục.", result.Errors[nameof(ArticleInput.CategoryId)]);
        Assert.Equal(0, await db.Articles.CountAsync());
    }
    public static readonly TheoryData<string, string> OverLongFields = new()
    {
        { nameof(ArticleInput.Title), "Tiêu đề không được dài quá 500 ký tự (hiện có 501)." },
        { nameof(ArticleInput.Summary), "Tóm tắt không được dài quá 2000 ký tự (hiện có 2001)." },
        { nameof(ArticleInput.SeoDescription), "Mô tả SEO không được dài quá 300 ký tự (hiện có 301)." },
        { nameof(ArticleInput.FeaturedImageAlt), "Mô tả ảnh đại diện (alt) không được dài quá 500 ký tự (hiện có 501)." },
        { nameof(ArticleInput.FeaturedImageCaption), "Chú thích ảnh đại diện không được dài quá 1000 ký tự (hiện có 1001)." },
    };

    private static ArticleInput WithOverLong(ArticleInput input, string field) => field switch
    {
        nameof(ArticleInput.Title) => input with { Title = new string('T', FieldLimits.Article.Title + 1) },
        nameof(ArticleInput.Summary) => input with { Summary = new string('ắ', FieldLimits.Article.Summary + 1) },
        nameof(ArticleInput.SeoDescription) => input with { SeoDescription = new string('ộ', FieldLimits.Article.SeoDescription + 1) },
        nameof(ArticleInput.FeaturedImageAlt) => input with { FeaturedImageAlt = new string('ả', FieldLimits.Article.FeaturedImageAlt + 1) },
        nameof(ArticleInput.FeaturedImageCaption) => input with { FeaturedImageCaption = new string('ữ', FieldLimits.Article.FeaturedImageCaption + 1) },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    [Theory]
    [MemberData(nameof(OverLongFields))]
    public async Task AnOverLongFieldIsRefusedWithAMessageOnCreateAndOnSaveAndNothingIsLost(string field, string message)
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var created = await publishing.CreateAsync(Input(categoryId), Editor);
        var before = await ReloadAsync(created.Id);

        var onCreate = await publishing.CreateAsync(WithOverLong(Input(categoryId, "Bài khác"), field), Editor);
        var onSave = await publishing.SaveAsync(created.Id, WithOverLong(Input(categoryId), field), before.ConcurrencyStamp, Editor);

        Assert.Equal((CommandStatus.Invalid, message), (onCreate.Status, onCreate.Errors![field]));
        Assert.Equal((CommandStatus.Invalid, message), (onSave.Status, onSave.Errors![field]));
        Assert.Equal(1, await db.Articles.CountAsync());
        var after = await ReloadAsync(created.Id);
        Assert.Equal((before.Title, before.Summary, before.ConcurrencyStamp), (after.Title, after.Summary, after.ConcurrencyStamp));
    }

    [Fact]
    public async Task FieldsAtTheirLimitsAreSavedWhole()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;

        var input = Input(categoryId, new string('Ệ', FieldLimits.Article.Title)) with
        {
            Summary = new string('ắ', FieldLimits.Article.Summary),
            SeoDescription = new string('ộ', FieldLimits.Article.SeoDescription),
            FeaturedImageAlt = new string('ả', FieldLimits.Article.FeaturedImageAlt),
            FeaturedImageCaption = new string('ữ', FieldLimits.Article.FeaturedImageCaption),
        };
        var created = await Publishing(db).CreateAsync(input, Editor);

        Assert.True(created.Succeeded, created.Message);
        var article = await ReloadAsync(created.Id);
        Assert.Equal((FieldLimits.Article.Title, FieldLimits.Article.Summary, FieldLimits.Article.SeoDescription, FieldLimits.Article.FeaturedImageAlt,
                FieldLimits.Article.FeaturedImageCaption),
            (article.Title.Length, article.Summary!.Length, article.SeoDescription!.Length, article.FeaturedImageAlt!.Length,
                article.FeaturedImageCaption!.Length));
    }

    [Fact]
    public async Task CreatingIsOneTransactionNoArticleIsLeftWithoutItsRevision()
    {
        await using (var setup = await Database.CreateMigratedContextAsync())
        {
            await setup.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        }
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        Database.Settings.Configure(options);
        options.AddInterceptors(new FailingInsert("ArticleRevisions"));
        await using var db = new HealthNewsDbContext(options.Options);
        var categoryId = (await db.Categories.SingleAsync()).Id;

        await Assert.ThrowsAnyAsync<Exception>(() => Publishing(db).CreateAsync(Input(categoryId), Editor));

        await using var check = Database.CreateContext();
        Assert.Equal((0, 0, 0), (await check.Articles.CountAsync(), await check.ArticleRevisions.CountAsync(), await check.AuditEvents.CountAsync()));
    }

    // Makes the database refuse inserts into one table, as a full disk or a broken constraint would.
    private sealed class FailingInsert(string table) : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException($"Inserts into {table} are refused in this test.")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public sealed class ArticlePublishingTestsOnSqlite() : ArticlePublishingTests(DatabaseOptions.Sqlite);

public sealed class ArticlePublishingTestsOnPostgreSql() : ArticlePublishingTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ArticlePublishingTestsOnSqlServer() : ArticlePublishingTests(DatabaseOptions.SqlServer);
