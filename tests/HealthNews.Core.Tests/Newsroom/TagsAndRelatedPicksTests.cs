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

/// <summary>Free tags and hand-picked "Tin liên quan": written by the one article writer, read by the portal's pages.</summary>
public abstract class TagsAndRelatedPicksTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Start = new(2025, 7, 10, 1, 0, 0, DateTimeKind.Utc);
    private readonly ManualClock _clock = new(new DateTimeOffset(Start));

    private static readonly Actor Editor = new("editor-1", "Biên tập viên Chi", new HashSet<string> { Roles.Editor }, "10.0.0.3");
    private static readonly Actor Admin = new("admin-1", "Quản trị Dũng", new HashSet<string> { Roles.Administrator }, "10.0.0.4");

    private ArticlePublishing Publishing(HealthNewsDbContext db) =>
        new(db, new AuditLog(db, _clock), _clock, Options.Create(new NewsroomOptions()), new RecordingCache(), TestServices.Rendering(db));

    private PortalPages Pages(HealthNewsDbContext db)
    {
        var cache = TestServices.DataCache(_clock);
        return new PortalPages(new CategoryDirectory(db, cache), new PublishedArticles(db, _clock), cache);
    }

    private static ArticleInput Input(int categoryId, string title, IReadOnlyList<string>? tags = null, IReadOnlyList<int>? related = null) =>
        new(title, null, "Tóm tắt.", "Nội dung.", categoryId, null, null, null, null, []) { Tags = tags ?? [], RelatedArticleIds = related ?? [] };

    private async Task<List<string>> TagNamesOfAsync(int articleId)
    {
        await using var db = Database.CreateContext();
        return await db.ArticleTags.Where(t => t.ArticleId == articleId).OrderBy(t => t.Position).Select(t => t.Tag!.Name).ToListAsync();
    }

    private async Task<List<int>> PicksOfAsync(int articleId)
    {
        await using var db = Database.CreateContext();
        return await db.ArticleRelatedPicks.Where(p => p.ArticleId == articleId).OrderBy(p => p.Position).Select(p => p.RelatedArticleId).ToListAsync();
    }

    [Fact]
    public void TheTagsFieldReadsCommaSeparatedNamesOnceEachInTheEditorsOrder()
    {
        var names = TagNames.Parse(" Sốt xuất huyết,  tiêm   chủng ,, sot xuat huyet; Tiêm chủng\nY tế dự phòng ");

        Assert.Equal(["Sốt xuất huyết", "tiêm chủng", "Y tế dự phòng"], names);
        Assert.Equal("sot-xuat-huyet", TagNames.SlugOf("Sốt Xuất Huyết"));
        Assert.Equal("Sốt xuất huyết, tiêm chủng", TagNames.Join(["Sốt xuất huyết", "tiêm chủng"]));
    }

    [Fact]
    public async Task SavingMakesEachTagOnceBySlugAndKeepsTheEditorsOrder()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var publishing = Publishing(db);

        var first = await publishing.CreateAsync(Input(category.Id, "Phòng chống sốt xuất huyết", ["Sốt xuất huyết", "tiêm chủng"]), Editor);
        var second = await publishing.CreateAsync(Input(category.Id, "Mùa mưa và muỗi", ["Y tế dự phòng", "sot xuat huyet"]), Editor);

        Assert.True(first.Succeeded && second.Succeeded, first.Message + second.Message);
        Assert.Equal(["Sốt xuất huyết", "tiêm chủng"], await TagNamesOfAsync(first.Id));
        Assert.Equal(["Y tế dự phòng", "Sốt xuất huyết"], await TagNamesOfAsync(second.Id)); // the tag keeps its first spelling
        await using var check = Database.CreateContext();
        Assert.Equal(["sot-xuat-huyet", "tiem-chung", "y-te-du-phong"], await check.Tags.OrderBy(t => t.Slug).Select(t => t.Slug).ToListAsync());
        Assert.Equal("sot xuat huyet", await check.Tags.Where(t => t.Slug == "sot-xuat-huyet").Select(t => t.SearchKey).SingleAsync());
    }

    [Fact]
    public async Task ALiveArticlesTagsAndPicksChangeOnlyWhenItsChangesArePublished()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var other = await db.AddArticleAsync(category, "Bài khác đã xuất bản", Start.AddDays(-1));
        var publishing = Publishing(db);
        var created = await publishing.CreateAsync(Input(category.Id, "Bài đang xuất bản", ["tiêm chủng"]), Editor);
        await publishing.PublishAsync(created.Id, null, Editor);
        var stamp = await db.Articles.Where(a => a.Id == created.Id).Select(a => a.ConcurrencyStamp).SingleAsync();

        var saved = await publishing.SaveAsync(created.Id, Input(category.Id, "Bài đang xuất bản", ["sốt xuất huyết", "tiêm chủng"], [other.Id]), stamp, Editor);
        var tagsWhilePending = await TagNamesOfAsync(created.Id);
        var picksWhilePending = await PicksOfAsync(created.Id);
        var published = await publishing.PublishChangesAsync(created.Id, Editor);

        Assert.True(saved.Succeeded && published.Succeeded, saved.Message + published.Message);
        Assert.Equal(["tiêm chủng"], tagsWhilePending);
        Assert.Empty(picksWhilePending);
        Assert.Equal(["sốt xuất huyết", "tiêm chủng"], await TagNamesOfAsync(created.Id));
        Assert.Equal([other.Id], await PicksOfAsync(created.Id));
        await using var check = Database.CreateContext();
        Assert.False(await check.Tags.AnyAsync(t => t.Slug == "sot-xuat-huyet" && !check.ArticleTags.Any(x => x.TagId == t.Id)));
    }

    [Fact]
    public async Task RevisionsKeepTagsAndPicksAndRestoringBringsThemBack()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var other = await db.AddArticleAsync(category, "Bài được chọn", Start.AddDays(-1));
        var publishing = Publishing(db);
        var created = await publishing.CreateAsync(Input(category.Id, "Bài nháp", ["tiêm chủng"], [other.Id]), Editor);
        var stamp = await db.Articles.Where(a => a.Id == created.Id).Select(a => a.ConcurrencyStamp).SingleAsync();
        await publishing.SaveAsync(created.Id, Input(category.Id, "Bài nháp"), stamp, Editor);
        var first = await db.ArticleRevisions.AsNoTracking().SingleAsync(r => r.ArticleId == created.Id && r.Number == 1);

        var restored = await publishing.RestoreRevisionAsync(created.Id, first.Id, Editor);

        Assert.True(restored.Succeeded, restored.Message);
        Assert.Equal(("tiêm chủng", other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (first.Tags, first.RelatedArticleIds));
        Assert.Equal(["tiêm chủng"], await TagNamesOfAsync(created.Id));
        Assert.Equal([other.Id], await PicksOfAsync(created.Id));
    }

    [Fact]
    public async Task TooManyOrBadTagsAndPicksAreRefusedInVietnamese()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var publishing = Publishing(db);
        var created = await publishing.CreateAsync(Input(category.Id, "Bài nháp"), Editor);
        var stamp = await db.Articles.Where(a => a.Id == created.Id).Select(a => a.ConcurrencyStamp).SingleAsync();

        var tooMany = await publishing.CreateAsync(Input(category.Id, "Nhiều thẻ", [.. Enumerable.Range(1, 11).Select(i => "thẻ " + i)]), Editor);
        var tooLong = await publishing.CreateAsync(Input(category.Id, "Thẻ dài", [new string('ắ', FieldLimits.Tag.Name + 1)]), Editor);
        var noLetters = await publishing.CreateAsync(Input(category.Id, "Thẻ rỗng", ["!!!"]), Editor);
        var self = await publishing.SaveAsync(created.Id, Input(category.Id, "Bài nháp", related: [created.Id]), stamp, Editor);
        var missing = await publishing.CreateAsync(Input(category.Id, "Tin liên quan mất", related: [987654]), Editor);
        var manyPicks = await publishing.CreateAsync(Input(category.Id, "Nhiều tin liên quan", related: [.. Enumerable.Range(1, 11)]), Editor);

        Assert.Equal("Mỗi bài có tối đa 10 thẻ (bạn nhập 11); các thẻ cách nhau bằng dấu phẩy.", tooMany.Errors![nameof(ArticleInput.Tags)]);
        Assert.StartsWith("Thẻ “ắắắ", tooLong.Errors![nameof(ArticleInput.Tags)], StringComparison.Ordinal);
        Assert.Contains("dài quá 100 ký tự (hiện có 101)", tooLong.Errors[nameof(ArticleInput.Tags)], StringComparison.Ordinal);
        Assert.Equal("Thẻ “!!!” cần có ít nhất một chữ cái hoặc chữ số.", noLetters.Errors![nameof(ArticleInput.Tags)]);
        Assert.Equal("Một bài không thể là tin liên quan của chính nó.", self.Errors![nameof(ArticleInput.RelatedArticleIds)]);
        Assert.Equal("Có tin liên quan không còn tồn tại; hãy bỏ nó khỏi danh sách.", missing.Errors![nameof(ArticleInput.RelatedArticleIds)]);
        Assert.Equal("Chỉ chọn được tối đa 10 tin liên quan (bạn chọn 11).", manyPicks.Errors![nameof(ArticleInput.RelatedArticleIds)]);
        await using var check = Database.CreateContext();
        Assert.Equal(0, await check.Tags.CountAsync());
    }

    [Fact]
    public async Task RelatedNewsShowsVisiblePicksFirstThenTheAutomaticOnesWithoutRepeats()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var elsewhere = await db.AddCategoryAsync("Địa phương", "dia-phuong");
        var article = await db.AddArticleAsync(category, "Bài chính", Start.AddHours(-1));
        var newest = await db.AddArticleAsync(category, "Mới nhất cùng mục", Start.AddMinutes(-10));
        var second = await db.AddArticleAsync(category, "Thứ hai cùng mục", Start.AddMinutes(-20));
        var third = await db.AddArticleAsync(category, "Thứ ba cùng mục", Start.AddMinutes(-30));
        var otherCategory = await db.AddArticleAsync(elsewhere, "Bài mục khác", Start.AddDays(-5));
        var draft = await db.AddArticleAsync(category, "Bản nháp", null, ArticleStatus.Draft);
        var scheduled = await db.AddArticleAsync(category, "Hẹn giờ", Start.AddHours(2));
        var archived = await db.AddArticleAsync(elsewhere, "Lưu trữ", Start.AddDays(-3), ArticleStatus.Archived);
        db.ArticleRelatedPicks.AddRange(
            new ArticleRelatedPick { ArticleId = article.Id, RelatedArticleId = draft.Id, Position = 1 },
            new ArticleRelatedPick { ArticleId = article.Id, RelatedArticleId = otherCategory.Id, Position = 2 },
            new ArticleRelatedPick { ArticleId = article.Id, RelatedArticleId = scheduled.Id, Position = 3 },
            new ArticleRelatedPick { ArticleId = article.Id, RelatedArticleId = second.Id, Position = 4 },
            new ArticleRelatedPick { ArticleId = article.Id, RelatedArticleId = archived.Id, Position = 5 });
        await db.SaveChangesAsync();
        var pages = Pages(db);

        var related = await pages.ListRelatedAsync(article.Id, category.Id, 4);
        var ofAnother = await pages.ListRelatedAsync(newest.Id, category.Id, 4);
        _clock.Advance(TimeSpan.FromHours(3)); // the scheduled pick goes public: the kept lists are stale from its time
        var later = await pages.ListRelatedAsync(article.Id, category.Id, 4);

        Assert.Equal([otherCategory.Id, second.Id, newest.Id, third.Id], related.Select(a => a.Id));
        Assert.Equal([second.Id, third.Id, article.Id], ofAnother.Select(a => a.Id)); // picks belong to their article only
        Assert.Equal([otherCategory.Id, scheduled.Id, second.Id, newest.Id], later.Select(a => a.Id));
    }

    [Fact]
    public async Task PurgingAnArticleTakesItOutOfOtherArticlesPicks()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var picked = await db.AddArticleAsync(category, "Bài sẽ bị xoá", Start.AddDays(-1));
        var publishing = Publishing(db);
        var picker = await publishing.CreateAsync(Input(category.Id, "Bài chọn tay", ["tiêm chủng"], [picked.Id]), Editor);
        await publishing.ArchiveAsync(picked.Id, Admin);

        var purged = await publishing.PurgeAsync(picked.Id, Admin);
        var purgedPicker = await publishing.ArchiveAsync(picker.Id, Admin) is { Succeeded: true } ? await publishing.PurgeAsync(picker.Id, Admin) : null;

        Assert.True(purged.Succeeded, purged.Message);
        Assert.True(purgedPicker?.Succeeded, purgedPicker?.Message);
        await using var check = Database.CreateContext();
        Assert.Empty(await check.ArticleRelatedPicks.ToListAsync());
        Assert.Empty(await check.ArticleTags.ToListAsync());
    }

    [Fact]
    public async Task ThePickerFindsVisibleArticlesWithOrWithoutToneMarks()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var dengue = await db.AddArticleAsync(category, "Phòng chống sốt xuất huyết mùa mưa", Start.AddDays(-1));
        var editing = await db.AddArticleAsync(category, "Sốt xuất huyết: bài đang sửa", Start.AddDays(-2));
        await db.AddArticleAsync(category, "Sốt xuất huyết bản nháp", null, ArticleStatus.Draft);
        await db.AddArticleAsync(category, "Sốt xuất huyết hẹn giờ", Start.AddDays(1));
        var queries = new NewsroomQueries(db, _clock, new CategoryDirectory(db, TestServices.DataCache(_clock)));

        var folded = await queries.SearchRelatedAsync("sot xuat huyet", editing.Id);
        var marked = await queries.SearchRelatedAsync("SỐT XUẤT HUYẾT", null);
        var blank = await queries.SearchRelatedAsync("  ", null);

        Assert.Equal([dengue.Id], folded.Select(o => o.Id));
        Assert.Equal([dengue.Id, editing.Id], marked.Select(o => o.Id));
        Assert.Empty(blank);
    }
}

public sealed class TagsAndRelatedPicksTestsOnSqlite() : TagsAndRelatedPicksTests(DatabaseOptions.Sqlite);

public sealed class TagsAndRelatedPicksTestsOnPostgreSql() : TagsAndRelatedPicksTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class TagsAndRelatedPicksTestsOnSqlServer() : TagsAndRelatedPicksTests(DatabaseOptions.SqlServer);
