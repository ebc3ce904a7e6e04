using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Articles;

public abstract class PublishedArticlesTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Noon = new(2025, 7, 10, 5, 0, 0, DateTimeKind.Utc);
    private readonly ManualClock _clock = new(new DateTimeOffset(Noon));

    [Fact]
    public async Task OnlyPublishedArticlesWhoseTimeHasComeAreVisible()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var live = await db.AddArticleAsync(category, "Đã xuất bản", Noon.AddHours(-1));
        await db.AddArticleAsync(category, "Bản nháp", Noon.AddHours(-2), ArticleStatus.Draft);
        await db.AddArticleAsync(category, "Chờ duyệt", Noon.AddHours(-2), ArticleStatus.InReview);
        await db.AddArticleAsync(category, "Đã gỡ", Noon.AddHours(-2), ArticleStatus.Unpublished);
        await db.AddArticleAsync(category, "Lưu trữ", Noon.AddHours(-2), ArticleStatus.Archived);
        var scheduled = await db.AddArticleAsync(category, "Hẹn giờ", Noon.AddMinutes(30));
        var articles = new PublishedArticles(db, _clock);

        var latest = await articles.ListLatestPublishedAsync(10);

        Assert.Equal([live.Id], latest.Select(a => a.Id));
        Assert.Null(await articles.GetPublishedBySlugAsync(scheduled.Slug));
        Assert.NotNull(await articles.GetPublishedBySlugAsync(live.Slug));
    }

    [Fact]
    public async Task AScheduledArticleAppearsAtItsTimeWithoutAnyJob()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var scheduled = await db.AddArticleAsync(category, "Hẹn giờ", Noon.AddMinutes(30));
        var articles = new PublishedArticles(db, _clock);

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Empty(await articles.ListLatestPublishedAsync(10));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([scheduled.Id], (await articles.ListLatestPublishedAsync(10)).Select(a => a.Id));
        Assert.NotNull(await articles.GetPublishedBySlugAsync(scheduled.Slug));
    }

    [Fact]
    public async Task CategoryPagesAreNewestFirstAndCountEveryItem()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Lãnh đạo", "lanh-dao");
        var other = await db.AddCategoryAsync("Địa phương", "dia-phuong");
        for (var i = 0; i < 25; i++)
        {
            await db.AddArticleAsync(category, $"Tin {i:00}", Noon.AddHours(-i));
        }
        await db.AddArticleAsync(other, "Tin khác", Noon);
        var articles = new PublishedArticles(db, _clock);

        var page1 = await articles.ListPublishedByCategoryAsync([category.Id], 1, 20);
        var page2 = await articles.ListPublishedByCategoryAsync([category.Id], 2, 20);

        Assert.Equal(25, page1.TotalCount);
        Assert.Equal(2, page1.TotalPages);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"Tin {i:00}"), page1.Items.Select(a => a.Title));
        Assert.Equal(Enumerable.Range(20, 5).Select(i => $"Tin {i:00}"), page2.Items.Select(a => a.Title));
        Assert.All(page1.Items, a => Assert.Equal(DateTimeKind.Utc, a.PublishedAtUtc.Kind));
    }

    [Fact]
    public async Task ACategorysNewestItemsAreItsPublishedOnesNewestFirst()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Lãnh đạo", "lanh-dao");
        var other = await db.AddCategoryAsync("Địa phương", "dia-phuong");
        await db.AddArticleAsync(category, "Bài cũ", Noon.AddDays(-20));
        var siblings = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            siblings.Add((await db.AddArticleAsync(category, $"Cùng mục {i}", Noon.AddDays(-i))).Id);
        }
        await db.AddArticleAsync(category, "Bản nháp cùng mục", Noon, ArticleStatus.Draft);
        await db.AddArticleAsync(other, "Mục khác", Noon);
        var articles = new PublishedArticles(db, _clock);

        var newest = await articles.ListNewestInCategoryAsync(category.Id, 9);

        Assert.Equal(siblings.Take(9), newest.Select(a => a.Id));
    }

    [Fact]
    public async Task ListingsCarryTheSummaryOrElseTheBody()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Lãnh đạo", "lanh-dao");
        await db.AddArticleAsync(category, "Có tóm tắt", Noon.AddHours(-1), summary: "Tóm tắt riêng.");
        await db.AddArticleAsync(category, "Không tóm tắt", Noon.AddHours(-2), summary: null);
        var articles = new PublishedArticles(db, _clock);

        var items = (await articles.ListPublishedByCategoryAsync([category.Id], 1, 5)).Items;

        Assert.Equal(("Tóm tắt riêng.", (string?)null), (items[0].Summary, items[0].BodyWhenNoSummary));
        Assert.Equal(((string?)null, "Nội dung của Không tóm tắt"), (items[1].Summary, items[1].BodyWhenNoSummary));
    }

    [Fact]
    public async Task AnArticleSavedBeforeBodiesWereRenderedComesWithItsImageSizesForRenderingOnTheFly()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var photo = await AddPhotoAsync(db);
        var article = await db.AddArticleAsync(category, "Bài cũ", Noon.AddHours(-1));
        article.Body = $"![Ảnh](/media/{photo.Id}/anh.png)";
        await db.SaveChangesAsync();
        await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.BodyHtml, (string?)null));

        var detail = await new PublishedArticles(db, _clock).GetPublishedBySlugAsync(article.Slug);

        Assert.Null(detail!.BodyHtml);
        Assert.Equal((640, 360), (detail.ImageSizes![photo.Id].Width, detail.ImageSizes[photo.Id].Height));
        Assert.Equal(article.Body, detail.Body);
    }

    private static async Task<MediaFile> AddPhotoAsync(HealthNews.Core.Data.HealthNewsDbContext db)
    {
        var photo = new MediaFile { FileName = "anh.png", ContentType = "image/png", StorageKey = "k", Width = 640, Height = 360 };
        db.MediaFiles.Add(photo);
        await db.SaveChangesAsync();
        return photo;
    }
}

public sealed class PublishedArticlesTestsOnSqlite() : PublishedArticlesTests(DatabaseOptions.Sqlite);

public sealed class PublishedArticlesTestsOnPostgreSql() : PublishedArticlesTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class PublishedArticlesTestsOnSqlServer() : PublishedArticlesTests(DatabaseOptions.SqlServer);
