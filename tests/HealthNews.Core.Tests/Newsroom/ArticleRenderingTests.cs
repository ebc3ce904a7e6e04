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

/// <summary>The columns derived from an article's content are kept by its writer, and by nothing else.</summary>
public abstract class ArticleRenderingTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Noon = new(2025, 7, 10, 5, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Editor = new("editor-1", "Biên tập viên Chi", new HashSet<string> { Roles.Editor }, null);
    private readonly ManualClock _clock = new(new DateTimeOffset(Noon));

    private ArticlePublishing Publishing(HealthNewsDbContext db) =>
        new(db, new AuditLog(db, _clock), _clock, Options.Create(new NewsroomOptions()), new RecordingCache(), TestServices.Rendering(db));

    private static ArticleInput Input(int categoryId, string title, string body) =>
        new(title, null, "Tóm tắt.", body, categoryId, null, null, null, null, []);

    [Fact]
    public async Task TheWriterRendersTheBodyWithItsImageSizesWhenCreatedAndAgainWhenEdited()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var photo = await AddPhotoAsync(db);
        var publishing = Publishing(db);

        var created = await publishing.CreateAsync(Input(category.Id, "Có ảnh", $"Đoạn đầu.\n\n![Ảnh](/media/{photo.Id}/anh.png \"Chú thích ảnh.\")"), Editor);
        var firstHtml = (await ReloadAsync(created.Id)).BodyHtml;
        var stamp = (await ReloadAsync(created.Id)).ConcurrencyStamp;
        var saved = await publishing.SaveAsync(created.Id, Input(category.Id, "Có ảnh", "Đoạn đã sửa <script>alert(1)</script>."), stamp, Editor);
        await publishing.PublishAsync(created.Id, null, Editor);

        Assert.True(created.Succeeded && saved.Succeeded);
        Assert.Contains($"<img src=\"/media/{photo.Id}/anh.png\" alt=\"Ảnh\" width=\"640\" height=\"360\"", firstHtml, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Chú thích ảnh.</figcaption>", firstHtml, StringComparison.Ordinal);
        var stored = await ReloadAsync(created.Id);
        Assert.Equal("<p>Đoạn đã sửa &lt;script&gt;alert(1)&lt;/script&gt;.</p>\n", stored.BodyHtml);
        var detail = await new PublishedArticles(db, _clock).GetPublishedBySlugAsync(stored.Slug);
        Assert.Equal(stored.BodyHtml, detail!.BodyHtml);
        Assert.Null(detail.ImageSizes); // nothing left to look up when the page is read
    }

    [Fact]
    public async Task TheSearchKeyFollowsEveryEditThroughTheWriter()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin", "tin");
        var publishing = Publishing(db);
        var created = await publishing.CreateAsync(Input(category.Id, "Tiêu đề cũ", "Nội dung."), Editor);

        var saved = await publishing.SaveAsync(created.Id, Input(category.Id, "Điều chỉnh giá thuốc", "Nội dung."),
            (await ReloadAsync(created.Id)).ConcurrencyStamp, Editor);

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(created.Id, (await db.Articles.WhereTextMatches("dieu chinh").SingleAsync()).Id);
        Assert.Empty(await db.Articles.WhereTextMatches("tieu de cu").ToListAsync());
    }

    [Fact]
    public async Task TheDbContextSavesAnArticleAsItIsWithoutRenderingIt()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin", "tin");
        var article = await db.AddArticleAsync(category, "Bài", Noon.AddHours(-1));
        var html = article.BodyHtml;

        article.Body = "Nội dung **khác**, ghi thẳng vào cơ sở dữ liệu.";
        await db.SaveChangesAsync();

        Assert.Equal(html, (await ReloadAsync(article.Id)).BodyHtml);
    }

    [Fact]
    public async Task RerenderingWritesOnlyWhatChangedAndASecondRunChangesNothing()
    {
        int stale, fresh, legacy;
        await using (var db = await Database.CreateMigratedContextAsync())
        {
            var category = await db.AddCategoryAsync("Tin", "tin");
            var photo = await AddPhotoAsync(db);
            stale = (await db.AddArticleAsync(category, "Bài cũ", Noon.AddHours(-3))).Id;
            fresh = (await db.AddArticleAsync(category, "Bài mới", Noon.AddHours(-2))).Id;
            legacy = (await db.AddArticleAsync(category, "Bài chưa có HTML", Noon.AddHours(-1))).Id;
            // As if the renderer had changed since these rows were written, or the column was added after them.
            await db.Articles.Where(a => a.Id == stale).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Body, $"![Ảnh](/media/{photo.Id}/anh.png \"Chú thích.\")")
                .SetProperty(a => a.BodyHtml, "<p>HTML của trình hiển thị cũ</p>"));
            await db.Articles.Where(a => a.Id == legacy).ExecuteUpdateAsync(s => s.SetProperty(a => a.BodyHtml, (string?)null));
        }
        var stampBefore = (await ReloadAsync(stale)).ConcurrencyStamp;
        var reports = new List<RerenderSummary>();

        await using var second = Database.CreateContext();
        var first = await TestServices.Rendering(second).RerenderAllAsync(reports.Add);
        var again = await TestServices.Rendering(second).RerenderAllAsync();

        Assert.Equal(new RerenderSummary(3, 3, 2), first);
        Assert.Equal(new RerenderSummary(3, 3, 0), again);
        Assert.Equal(new RerenderSummary(3, 3, 2), reports[^1]);
        var rerendered = await ReloadAsync(stale);
        Assert.Contains("width=\"640\" height=\"360\"", rerendered.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Chú thích.</figcaption>", rerendered.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(stampBefore, rerendered.ConcurrencyStamp); // an editor's open form stays valid
        Assert.Equal("<p>Nội dung của Bài chưa có HTML</p>\n", (await ReloadAsync(legacy)).BodyHtml);
        Assert.Equal("<p>Nội dung của Bài mới</p>\n", (await ReloadAsync(fresh)).BodyHtml);
    }

    [Fact]
    public async Task RerenderingLeavesAnArticleSavedMeanwhileAsItsWriterRenderedIt()
    {
        int id;
        await using (var setup = await Database.CreateMigratedContextAsync())
        {
            var article = await setup.AddArticleAsync(await setup.AddCategoryAsync("Tin", "tin"), "Bài", Noon.AddHours(-1));
            id = article.Id;
            await setup.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.BodyHtml, "<p>HTML cũ</p>"));
        }
        // Between the command's read and its write, an editor's save goes through the writer.
        var editorSaves = new BeforeFirstWrite(async () =>
        {
            await using var editor = Database.CreateContext();
            var article = await editor.Articles.SingleAsync(a => a.Id == id);
            article.Body = "Nội dung mới của biên tập viên.";
            await TestServices.Rendering(editor).RenderAsync(article);
            await editor.SaveChangesAsync();
        });
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        Database.Settings.Configure(options);
        options.AddInterceptors(editorSaves);
        await using var db = new HealthNewsDbContext(options.Options);

        var summary = await TestServices.Rendering(db).RerenderAllAsync();

        Assert.True(editorSaves.Ran);
        Assert.Equal(new RerenderSummary(1, 1, 0), summary);
        Assert.Equal("<p>Nội dung mới của biên tập viên.</p>\n", (await ReloadAsync(id)).BodyHtml);
    }

    // Runs its action once, when the command opens its first write transaction: after it read the batch, before it writes.
    private sealed class BeforeFirstWrite(Func<Task> action) : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
    {
        public bool Ran { get; private set; }

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbTransaction>> TransactionStartingAsync(
            System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.TransactionStartingEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (!Ran)
            {
                Ran = true;
                await action();
            }
            return result;
        }
    }

    private async Task<Article> ReloadAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private static async Task<MediaFile> AddPhotoAsync(HealthNewsDbContext db)
    {
        var photo = new MediaFile { FileName = "anh.png", ContentType = "image/png", StorageKey = "k", Width = 640, Height = 360 };
        db.MediaFiles.Add(photo);
        await db.SaveChangesAsync();
        return photo;
    }
}

public sealed class ArticleRenderingTestsOnSqlite() : ArticleRenderingTests(DatabaseOptions.Sqlite);

public sealed class ArticleRenderingTestsOnPostgreSql() : ArticleRenderingTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ArticleRenderingTestsOnSqlServer() : ArticleRenderingTests(DatabaseOptions.SqlServer);
