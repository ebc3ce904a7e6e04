using System.Data.Common;
using System.Globalization;
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
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Tests.Newsroom;

/// <summary>
/// An article and its translation (ADR-017): linked from the translation's side, checked with a Vietnamese message for
/// each rule, kept on the article through revisions and purges.
/// </summary>
public abstract class TranslationLinkTests(string provider) : DatabaseTest(provider)
{
    private const string Field = nameof(ArticleInput.TranslationOfId);
    private static readonly DateTime Start = new(2025, 7, 10, 1, 0, 0, DateTimeKind.Utc);
    private readonly ManualClock _clock = new(new DateTimeOffset(Start));

    private static readonly Actor Editor = new("editor-1", "Biên tập viên Chi", new HashSet<string> { Roles.Editor }, "10.0.0.3");
    private static readonly Actor Admin = new("admin-1", "Quản trị Dũng", new HashSet<string> { Roles.Administrator }, "10.0.0.4");

    private RecordingCache Cache { get; } = new();

    private ArticlePublishing Publishing(HealthNewsDbContext db) =>
        new(db, new AuditLog(db, _clock), _clock, Options.Create(new NewsroomOptions()), Cache, TestServices.Rendering(db));

    private static ArticleInput Input(int categoryId, string title, string language, int? translationOf = null) =>
        new(title, null, "Tóm tắt.", "Nội dung.", categoryId, null, null, null, null, []) { Language = language, TranslationOfId = translationOf };

    private static ArticleInput English(int categoryId, string title, int? translationOf = null) => Input(categoryId, title, ContentLanguage.English, translationOf);

    private static ArticleInput Vietnamese(int categoryId, string title, int? translationOf = null) => Input(categoryId, title, ContentLanguage.Vietnamese, translationOf);

    private async Task<Article> ReloadAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<CommandResult> SaveAsync(HealthNewsDbContext db, int id, ArticleInput input) =>
        await Publishing(db).SaveAsync(id, input, (await ReloadAsync(id)).ConcurrencyStamp, Editor);

    private async Task<List<AuditEvent>> TrailAsync(int articleId)
    {
        await using var db = Database.CreateContext();
        var id = articleId.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == nameof(Article) && e.EntityId == id).OrderBy(e => e.Id).ToListAsync();
    }

    private async Task<(HealthNewsDbContext Db, int CategoryId)> SetupAsync()
    {
        var db = await Database.CreateMigratedContextAsync();
        return (db, (await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop")).Id);
    }

    [Fact]
    public async Task ATranslationIsLinkedToItsOriginalAndEachWrongLinkIsExplained()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var original = (await publishing.CreateAsync(Vietnamese(categoryId, "Phòng chống sốt xuất huyết"), Editor)).Id;
        var otherVietnamese = (await publishing.CreateAsync(Vietnamese(categoryId, "Bài tiếng Việt khác"), Editor)).Id;
        var loose = (await publishing.CreateAsync(English(categoryId, "A loose English article"), Editor)).Id;

        var translation = await publishing.CreateAsync(English(categoryId, "Fighting dengue fever", original), Editor);
        var self = await SaveAsync(db, loose, English(categoryId, "A loose English article", loose));
        var missing = await SaveAsync(db, loose, English(categoryId, "A loose English article", 999_999));
        var sameLanguage = await SaveAsync(db, otherVietnamese, Vietnamese(categoryId, "Bài tiếng Việt khác", original));
        var ofATranslation = await SaveAsync(db, otherVietnamese, Vietnamese(categoryId, "Bài tiếng Việt khác", translation.Id));
        var secondTranslation = await SaveAsync(db, loose, English(categoryId, "A loose English article", original));
        var originalBecomesOne = await SaveAsync(db, original, Vietnamese(categoryId, "Phòng chống sốt xuất huyết", loose));
        var originalTurnsEnglish = await SaveAsync(db, original, English(categoryId, "Phòng chống sốt xuất huyết"));

        Assert.True(translation.Succeeded, translation.Message);
        Assert.Equal(original, (await ReloadAsync(translation.Id)).TranslationOfId);
        Assert.Null((await ReloadAsync(original)).TranslationOfId); // linked from one side only
        Assert.Equal("Một bài không thể là bản dịch của chính nó.", self.Errors![Field]);
        Assert.Equal("Không có bài nào mang mã 999999; có thể bài gốc đã bị xoá.", missing.Errors![Field]);
        Assert.Equal("Bài “Phòng chống sốt xuất huyết” cũng viết bằng tiếng Việt; bản dịch phải là bài ở ngôn ngữ kia.", sameLanguage.Errors![Field]);
        Assert.Equal("Bài “Fighting dengue fever” đã là bản dịch của một bài khác; hãy chọn chính bài gốc.", ofATranslation.Errors![Field]);
        Assert.Equal("Bài “Phòng chống sốt xuất huyết” đã có bản dịch “Fighting dengue fever”; mỗi bài chỉ có một bản dịch.", secondTranslation.Errors![Field]);
        Assert.StartsWith("Bài này đã có bản dịch “Fighting dengue fever” trỏ tới nó, nên không thể đồng thời là bản dịch", originalBecomesOne.Errors![Field],
            StringComparison.Ordinal);
        Assert.StartsWith("Bài này có bản dịch “Fighting dengue fever” bằng tiếng Anh; hai bài của một cặp phải khác ngôn ngữ.",
            originalTurnsEnglish.Errors![nameof(ArticleInput.Language)], StringComparison.Ordinal);
        Assert.All(new[] { self, missing, sameLanguage, ofATranslation, secondTranslation, originalBecomesOne }, r => Assert.Equal(CommandStatus.Invalid, r.Status));
        Assert.Null((await ReloadAsync(loose)).TranslationOfId);
        var linked = Assert.Single(await TrailAsync(translation.Id), e => e.Action == AuditActions.ArticleTranslationLinked);
        Assert.Equal($"Đặt làm bản dịch của “Phòng chống sốt xuất huyết” (mã {original})", linked.Details);
    }

    [Fact]
    public async Task TheLinkIsWrittenAtOnceOnALiveArticleAndSurvivesARevisionRestore()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var original = (await publishing.CreateAsync(Vietnamese(categoryId, "Bản gốc"), Editor)).Id;
        var translation = (await publishing.CreateAsync(English(categoryId, "The translation"), Editor)).Id;
        await publishing.PublishAsync(translation, null, Editor);
        Cache.Evicted.Clear();

        var linked = await SaveAsync(db, translation, English(categoryId, "The translation, edited", original));

        Assert.True(linked.Succeeded, linked.Message);
        var live = await ReloadAsync(translation);
        Assert.Equal(("The translation", original), (live.Title, live.TranslationOfId)); // the content waits; the link doesn't
        Assert.NotNull(live.DraftRevisionId);
        Assert.Contains(CacheTags.Articles, Cache.Evicted); // both pages' language switch changes

        var firstRevision = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == translation).OrderBy(r => r.Number).FirstAsync();
        var restored = await publishing.RestoreRevisionAsync(translation, firstRevision.Id, Editor);
        var changes = await publishing.PublishChangesAsync(translation, Editor);

        Assert.True(restored.Succeeded && changes.Succeeded, restored.Message + changes.Message);
        var after = await ReloadAsync(translation);
        Assert.Equal(("The translation", original, ContentLanguage.English), (after.Title, after.TranslationOfId, after.Language));

        var unlinked = await SaveAsync(db, translation, English(categoryId, "The translation"));

        Assert.True(unlinked.Succeeded, unlinked.Message);
        Assert.Null((await ReloadAsync(translation)).TranslationOfId);
        Assert.Equal($"Bỏ liên kết bản dịch với “Bản gốc” (mã {original})",
            Assert.Single(await TrailAsync(translation), e => e.Action == AuditActions.ArticleTranslationUnlinked).Details);
    }

    [Fact]
    public async Task EitherArticleOfAPairCanBeUnlinkedOrPurged()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var publishing = Publishing(db);
        var original = (await publishing.CreateAsync(Vietnamese(categoryId, "Bản gốc bị xoá"), Editor)).Id;
        var translation = (await publishing.CreateAsync(English(categoryId, "Its translation", original), Editor)).Id;
        var secondOriginal = (await publishing.CreateAsync(Vietnamese(categoryId, "Bản gốc còn lại"), Editor)).Id;
        var purgedTranslation = (await publishing.CreateAsync(English(categoryId, "A translation to purge", secondOriginal), Editor)).Id;
        var thirdOriginal = (await publishing.CreateAsync(Vietnamese(categoryId, "Bản gốc tự bỏ liên kết"), Editor)).Id;
        var thirdTranslation = (await publishing.CreateAsync(English(categoryId, "Unlinked from the original", thirdOriginal), Editor)).Id;

        await publishing.ArchiveAsync(original, Editor);
        var purgeOriginal = await publishing.PurgeAsync(original, Admin);
        await publishing.ArchiveAsync(purgedTranslation, Editor);
        var purgeTranslation = await publishing.PurgeAsync(purgedTranslation, Admin);
        var unlinkFromOriginal = await publishing.UnlinkTranslationAsync(thirdOriginal, Editor);
        var nothingToUnlink = await publishing.UnlinkTranslationAsync(thirdOriginal, Editor);

        Assert.True(purgeOriginal.Succeeded, purgeOriginal.Message);
        Assert.True(purgeTranslation.Succeeded, purgeTranslation.Message);
        Assert.True(unlinkFromOriginal.Succeeded, unlinkFromOriginal.Message);
        Assert.Equal(thirdOriginal, unlinkFromOriginal.Id);
        Assert.Equal(CommandStatus.Conflict, nothingToUnlink.Status);
        await using var check = Database.CreateContext();
        Assert.False(await check.Articles.AnyAsync(a => a.Id == original || a.Id == purgedTranslation));
        Assert.Null((await ReloadAsync(translation)).TranslationOfId);
        Assert.Null((await ReloadAsync(thirdTranslation)).TranslationOfId);
        Assert.Null((await ReloadAsync(secondOriginal)).TranslationOfId);
        Assert.Contains(await TrailAsync(translation), e => e.Action == AuditActions.ArticleTranslationUnlinked
            && e.Details == $"Bỏ liên kết bản dịch với “Bản gốc bị xoá” (mã {original}): bài gốc đã bị xoá vĩnh viễn");
        Assert.Contains(await TrailAsync(thirdTranslation), e => e.Action == AuditActions.ArticleTranslationUnlinked);
    }

    [Fact]
    public async Task TwoTranslationsOfOneOriginalSavedAtOnceLeaveTheSecondWithAVietnameseMessage()
    {
        var (db, categoryId) = await SetupAsync();
        await using var _ = db;
        var original = (await Publishing(db).CreateAsync(Vietnamese(categoryId, "Bản gốc tranh chấp"), Editor)).Id;
        var first = (await Publishing(db).CreateAsync(English(categoryId, "The first translation"), Editor)).Id;
        var second = (await Publishing(db).CreateAsync(English(categoryId, "The second translation"), Editor)).Id;
        var stamp = (await ReloadAsync(second)).ConcurrencyStamp;
        // Between the second save's checks and its transaction, the first translation is linked by somebody else.
        var meanwhile = new BeforeTransaction(async () =>
        {
            await using var other = Database.CreateContext();
            await other.Articles.Where(a => a.Id == first).ExecuteUpdateAsync(s => s.SetProperty(a => a.TranslationOfId, original));
        });
        await using var racing = Database.CreateContext(meanwhile);

        var refused = await Publishing(racing).SaveAsync(second, English(categoryId, "The second translation", original), stamp, Editor);

        Assert.Equal(CommandStatus.Invalid, refused.Status);
        Assert.Equal("Bài “Bản gốc tranh chấp” đã có bản dịch “The first translation”; mỗi bài chỉ có một bản dịch.", refused.Errors![Field]);
        Assert.Null((await ReloadAsync(second)).TranslationOfId);
        Assert.DoesNotContain(await TrailAsync(second), e => e.Action == AuditActions.ArticleTranslationLinked);
    }

    // Runs an action once, just before the context's first transaction starts.
    private sealed class BeforeTransaction(Func<Task> action) : DbTransactionInterceptor
    {
        private bool _done;

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (!_done)
            {
                _done = true;
                await action();
            }
            return result;
        }
    }
}

public sealed class TranslationLinkTestsOnSqlite() : TranslationLinkTests(DatabaseOptions.Sqlite);

public sealed class TranslationLinkTestsOnPostgreSql() : TranslationLinkTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class TranslationLinkTestsOnSqlServer() : TranslationLinkTests(DatabaseOptions.SqlServer);
