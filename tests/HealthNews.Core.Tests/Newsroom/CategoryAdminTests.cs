using HealthNews.Core.Audit;
using HealthNews.Core.Categories;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Newsroom;

public abstract class CategoryAdminTests(string provider) : DatabaseTest(provider)
{
    private static readonly Actor Editor = new("e1", "Biên tập viên", new HashSet<string> { Roles.Editor }, null);
    private static readonly Actor Author = new("a1", "Phóng viên", new HashSet<string> { Roles.Author }, null);

    [Fact]
    public async Task CreatesRenamesNestsAndReordersWithASlugFromTheName()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var admin = new CategoryAdmin(db, new AuditLog(db, TimeProvider.System), new RecordingCache());

        var parent = await admin.CreateAsync(new CategoryInput("Tin tức - Sự kiện", null, null, 1), Editor);
        var child = await admin.CreateAsync(new CategoryInput("Điểm tin", null, null, 5), Editor);
        var moved = await admin.UpdateAsync(child.Id, new CategoryInput("Điểm tin y tế", null, parent.Id, 2), Editor);

        Assert.True(parent.Succeeded && child.Succeeded && moved.Succeeded);
        var saved = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == child.Id);
        Assert.Equal(("Điểm tin y tế", "diem-tin", parent.Id, 2), (saved.Name, saved.Slug, saved.ParentId, saved.SortOrder));
        Assert.Equal("tin-tuc-su-kien", (await db.Categories.AsNoTracking().SingleAsync(c => c.Id == parent.Id)).Slug);
    }

    [Fact]
    public async Task RefusesLoopsDuplicatesAuthorsAndDeletingACategoryThatHoldsArticles()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var admin = new CategoryAdmin(db, new AuditLog(db, TimeProvider.System), new RecordingCache());
        var parent = (await admin.CreateAsync(new CategoryInput("Cha", null, null, 1), Editor)).Id;
        var child = (await admin.CreateAsync(new CategoryInput("Con", null, parent, 1), Editor)).Id;
        var full = await db.AddCategoryAsync("Có bài", "co-bai");
        await db.AddArticleAsync(full, "Bản nháp", null, Entities.ArticleStatus.Draft);

        Assert.Equal(CommandStatus.Invalid, (await admin.UpdateAsync(parent, new CategoryInput("Cha", null, child, 1), Editor)).Status);
        Assert.Equal(CommandStatus.Invalid, (await admin.CreateAsync(new CategoryInput("Cha", "cha", null, 1), Editor)).Status);
        Assert.Equal(CommandStatus.Forbidden, (await admin.CreateAsync(new CategoryInput("Mới", null, null, 1), Author)).Status);
        var refused = await admin.DeleteAsync(full.Id, Editor);
        Assert.Equal(CommandStatus.Conflict, refused.Status);
        Assert.Contains("còn 1 bài viết", refused.Message, StringComparison.Ordinal);
        Assert.Equal(CommandStatus.Conflict, (await admin.DeleteAsync(parent, Editor)).Status); // has a child
        Assert.True((await admin.DeleteAsync(child, Editor)).Succeeded);
        Assert.Equal(2, await db.Categories.CountAsync());
    }

    [Fact]
    public async Task TheEnglishNameAndSlugComeFromTheVietnameseOnesUnlessGivenAndTheEnglishSlugIsUnique()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var admin = new CategoryAdmin(db, new AuditLog(db, TimeProvider.System), new RecordingCache());

        var plain = await admin.CreateAsync(new CategoryInput("Tin tức - Sự kiện", null, null, 1), Editor);
        var named = await admin.CreateAsync(new CategoryInput("Phòng bệnh", null, null, 2) { EnglishName = "Disease prevention" }, Editor);
        var typed = await admin.CreateAsync(new CategoryInput("Điều trị", null, null, 3) { EnglishName = "Treatment", EnglishSlug = "Điều Trị Y Khoa" }, Editor);
        var taken = await admin.CreateAsync(new CategoryInput("Khác", null, null, 4) { EnglishSlug = "disease-prevention" }, Editor);
        var renamed = await admin.UpdateAsync(named.Id, new CategoryInput("Phòng bệnh", null, null, 2) { EnglishName = "Prevention" }, Editor);
        var unnamed = await admin.UpdateAsync(typed.Id, new CategoryInput("Điều trị", null, null, 3), Editor);
        var direct = await db.AddCategoryAsync("Thêm thẳng", "them-thang", order: 5); // a row made without them, as tests and the sample content do

        Assert.True(plain.Succeeded && named.Succeeded && typed.Succeeded && renamed.Succeeded && unnamed.Succeeded);
        var saved = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new { c.EnglishName, c.EnglishSlug }).ToListAsync();
        Assert.Equal(
            [("Tin tức - Sự kiện", "tin-tuc-su-kien"), ("Prevention", "disease-prevention"), ("Điều trị", "dieu-tri-y-khoa"), ("Thêm thẳng", "them-thang")],
            saved.Select(c => (c.EnglishName, c.EnglishSlug)));
        Assert.Equal(CommandStatus.Invalid, taken.Status);
        Assert.Equal("Đường dẫn tiếng Anh “disease-prevention” đã được dùng cho chuyên mục khác.", taken.Errors![nameof(CategoryInput.EnglishSlug)]);
        Assert.Equal("them-thang", direct.EnglishSlug);
    }
}

public sealed class CategoryAdminTestsOnSqlite() : CategoryAdminTests(DatabaseOptions.Sqlite);

public sealed class CategoryAdminTestsOnPostgreSql() : CategoryAdminTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class CategoryAdminTestsOnSqlServer() : CategoryAdminTests(DatabaseOptions.SqlServer);
