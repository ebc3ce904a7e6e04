using HealthNews.Core.Articles;
using HealthNews.Core.Caching;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.Extensions.Caching.Memory;

namespace HealthNews.Core.Tests.Articles;

public abstract class PortalPagesTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Noon = new(2025, 7, 10, 5, 0, 0, DateTimeKind.Utc);
    private readonly ManualClock _clock = new(new DateTimeOffset(Noon));

    private PortalPages PagesOver(HealthNewsDbContext db)
    {
        var cache = new PublicDataCache(new MemoryCache(new MemoryCacheOptions()), _clock);
        return new PortalPages(new CategoryDirectory(db, cache), new PublishedArticles(db, _clock), cache);
    }

    [Fact]
    public async Task TheHomePageShowsEachTopLevelCategoryWithItsSubcategoriesNewestFirst()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var leaders = await db.AddCategoryAsync("Lãnh đạo", "lanh-dao", order: 1);
        var visits = await db.AddCategoryAsync("Đi thăm", "di-tham", parentId: leaders.Id);
        var local = await db.AddCategoryAsync("Địa phương", "dia-phuong", order: 2);
        await db.AddCategoryAsync("Trống", "trong", order: 3);
        var oldest = await db.AddArticleAsync(leaders, "Lãnh đạo cũ", Noon.AddDays(-3));
        var newest = await db.AddArticleAsync(visits, "Đi thăm mới", Noon.AddHours(-1));
        var middle = await db.AddArticleAsync(leaders, "Lãnh đạo giữa", Noon.AddDays(-1));
        await db.AddArticleAsync(leaders, "Bản nháp", Noon, ArticleStatus.Draft);
        await db.AddArticleAsync(leaders, "Hẹn giờ", Noon.AddHours(1));
        var localOne = await db.AddArticleAsync(local, "Địa phương một", Noon.AddDays(-2));

        var home = await PagesOver(db).GetHomeAsync(itemsPerCategory: 2);

        Assert.Equal(["Lãnh đạo", "Địa phương"], home.Sections.Select(s => s.Category.Name));
        Assert.Equal([newest.Id, middle.Id], home.Sections[0].Articles.Select(a => a.Id));
        Assert.Equal([localOne.Id], home.Sections[1].Articles.Select(a => a.Id));
        Assert.DoesNotContain(home.Sections.SelectMany(s => s.Articles), a => a.Id == oldest.Id);
        Assert.Equal(newest.Id, home.Lead?.Id); // nothing pinned: the newest visible article leads
    }

    [Fact]
    public async Task ACategoryPageCountsItsPublishedItemsAndEndsAtTheLastPage()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Lãnh đạo", "lanh-dao");
        for (var i = 0; i < PortalPages.CategoryPageSize + 1; i++)
        {
            await db.AddArticleAsync(category, $"Tin {i}", Noon.AddMinutes(-i));
        }
        var pages = PagesOver(db);

        var first = await pages.GetCategoryPageAsync("lanh-dao", 1);
        var second = await pages.GetCategoryPageAsync("lanh-dao", 2);

        Assert.Equal((PortalPages.CategoryPageSize + 1, 2), (first!.Articles.TotalCount, first.Articles.TotalPages));
        Assert.Equal("Tin 0", first.Articles.Items[0].Title);
        Assert.Equal($"Tin {PortalPages.CategoryPageSize}", Assert.Single(second!.Articles.Items).Title);
        Assert.Null(await pages.GetCategoryPageAsync("lanh-dao", 3));
    }
}

public sealed class PortalPagesTestsOnSqlite() : PortalPagesTests(DatabaseOptions.Sqlite);

public sealed class PortalPagesTestsOnPostgreSql() : PortalPagesTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class PortalPagesTestsOnSqlServer() : PortalPagesTests(DatabaseOptions.SqlServer);
