using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Tests.Articles;

/// <summary>The home page's lead story: the article an editor pinned last, else the newest; never one readers can't see.</summary>
public abstract class LeadStoryTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Now = new(2025, 7, 10, 5, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task TheLastPinnedVisibleArticleLeadsElseTheNewest()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        var older = await db.AddArticleAsync(tin, "Bài cũ được ghim trước", Now.AddDays(-5));
        var pinnedLater = await db.AddArticleAsync(tin, "Bài được ghim sau", Now.AddDays(-3));
        var newest = await db.AddArticleAsync(tin, "Bài mới nhất", Now.AddHours(-1));
        var hidden = await db.AddArticleAsync(tin, "Bài đã gỡ nhưng còn ghim", Now.AddDays(-1), ArticleStatus.Unpublished);
        var articles = new PublishedArticles(db, new ManualClock(new DateTimeOffset(Now)));

        Assert.Equal(newest.Id, (await articles.GetLeadAsync())!.Id); // nothing pinned: the newest

        older.PinnedAtUtc = Now.AddDays(-2);
        pinnedLater.PinnedAtUtc = Now.AddDays(-1);
        hidden.PinnedAtUtc = Now.AddHours(-2);
        await db.SaveChangesAsync();
        Assert.Equal(pinnedLater.Id, (await articles.GetLeadAsync())!.Id); // the last pin readers can see

        pinnedLater.PinnedAtUtc = null;
        await db.SaveChangesAsync();
        Assert.Equal(older.Id, (await articles.GetLeadAsync())!.Id);
    }

    [Fact]
    public async Task NothingPublishedMeansNoLead()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        await db.AddArticleAsync(tin, "Bản nháp", null, ArticleStatus.Draft);

        Assert.Null(await new PublishedArticles(db, new ManualClock(new DateTimeOffset(Now))).GetLeadAsync());
    }

    [Fact]
    public async Task OnlyEditorsPinAndOnlyPublishedArticles()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        var published = await db.AddArticleAsync(tin, "Đã đăng", Now.AddDays(-1));
        var draft = await db.AddArticleAsync(tin, "Nháp", null, ArticleStatus.Draft);
        var clock = new ManualClock(new DateTimeOffset(Now));
        var publishing = new ArticlePublishing(db, new AuditLog(db, clock), clock, Options.Create(new NewsroomOptions()), new RecordingCache(), TestServices.Rendering(db));
        var editor = new Actor("u2", "Biên tập", new HashSet<string> { Roles.Editor }, null);

        var byAuthor = await publishing.PinAsync(published.Id, true, new Actor("u1", "Phóng viên", new HashSet<string> { Roles.Author }, null));
        var onDraft = await publishing.PinAsync(draft.Id, true, editor);
        var pinned = await publishing.PinAsync(published.Id, true, editor);

        Assert.Equal(CommandStatus.Forbidden, byAuthor.Status);
        Assert.Equal("Chỉ ghim được bài đã xuất bản.", onDraft.Message);
        Assert.True(pinned.Succeeded);
        Assert.Equal("Đã ghim bài làm tin nổi bật đầu trang chủ.", pinned.Message);
    }
}

public sealed class LeadStoryTestsOnSqlite() : LeadStoryTests(DatabaseOptions.Sqlite);

public sealed class LeadStoryTestsOnPostgreSql() : LeadStoryTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class LeadStoryTestsOnSqlServer() : LeadStoryTests(DatabaseOptions.SqlServer);
