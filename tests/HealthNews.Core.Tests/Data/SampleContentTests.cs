using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.SampleContent;
using HealthNews.Core.Tests.Support;
using HealthNews.Core.Text;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Data;

public abstract class SampleContentTests(string provider) : DatabaseTest(provider)
{
    private SampleContentLoader Loader(Core.Data.HealthNewsDbContext db, out FileSystemMediaStore store)
    {
        store = new FileSystemMediaStore(Path.Combine(Database.Directory, "media"), TimeProvider.System);
        return TestServices.SampleLoader(db, store);
    }

    [Fact]
    public async Task LoadsThePortalsCategoriesAndTheCapturedArticles()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        Assert.True(await Loader(db, out _).LoadIfEmptyAsync());

        Assert.Equal(
            ["Hoạt động của lãnh đạo Bộ", "Tin tổng hợp", "Hoạt động của địa phương", "Tin nổi bật", "Thông tin chỉ đạo điều hành", "Điểm tin y tế"],
            await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync());
        var leadership = await db.Categories.SingleAsync(c => c.Slug == "hoat-dong-cua-lanh-dao-bo");
        // The Vietnamese edition's; the English edition's few items are EnglishSampleContentTests' (issue 17).
        Assert.Equal(22, await db.Articles.CountAsync(a => a.CategoryId == leadership.Id && a.Language == ContentLanguage.Vietnamese)); // 20 listed + 2 full articles
        Assert.Equal(42, await db.Articles.CountAsync(a => a.Language == ContentLanguage.Vietnamese)); // + 3 related-news items + 17 sidebar items
        Assert.All(await db.Articles.ToListAsync(), a => Assert.Equal(ArticleStatus.Published, a.Status));
    }

    [Fact]
    public async Task KeepsTheSeedsDateTimesInVietnamTime()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        await Loader(db, out _).LoadIfEmptyAsync();

        var cuba = await db.Articles.SingleAsync(a => a.Title == "Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba");
        var who = await db.Articles.SingleAsync(a => a.Title.StartsWith("Bộ Y tế họp chuẩn bị Dự án"));

        Assert.Equal("Thứ Năm, ngày 10/10/2024 09:09", VietnamTime.ListingDateLine(cuba.PublishedAtUtc!.Value));
        Assert.Equal("09/12/2023 | 08:28 AM", VietnamTime.ArticleDateLine(who.PublishedAtUtc!.Value));
    }

    [Fact]
    public async Task StoresPlaceholderFilesForImagesAndAttachments()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        await Loader(db, out var store).LoadIfEmptyAsync();

        var who = await db.Articles.Include(a => a.Attachments).ThenInclude(x => x.MediaFile)
            .SingleAsync(a => a.Title.StartsWith("Bộ Y tế họp chuẩn bị Dự án"));
        Assert.Equal(["08.10.2024. Domesco 1252.png", "08.10.2024. Allegens. 1251.png", "08.10.2024. allegens 1253.png"],
            who.Attachments.OrderBy(x => x.SortOrder).Select(x => x.MediaFile!.FileName));
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(who.Body, @"!\[[^\]]+\]\(/media/\d+/"));
        Assert.NotNull(who.FeaturedImageId);

        foreach (var media in await db.MediaFiles.ToListAsync())
        {
            await using var bytes = store.OpenRead(media.StorageKey);
            Assert.NotNull(bytes);
            using var copy = new MemoryStream();
            await bytes.CopyToAsync(copy);
            Assert.Equal(media.SizeBytes, copy.Length);
            var (width, height) = TestImages.SizeOf(copy.ToArray()); // a real picture: photos at a camera's export size
            Assert.Equal(media.FileName.EndsWith(".jpg", StringComparison.Ordinal) ? (1920, 1280) : (800, 450), (width, height));
            var variants = ImageVariants.Parse(media.Variants);
            Assert.NotNull(variants); // made into variants as an upload is
            Assert.All(variants.Files, f => Assert.True(store.Exists(variants.StorageKey(f.Width, f.Extension))));
        }
    }

    [Fact]
    public async Task GivesTitlesThatShareTheirSlugDistinctNumberedSlugs()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        await Loader(db, out _).LoadIfEmptyAsync();

        // Two identical titles and a third that differs only past the slug's 80-character cut.
        var slugs = await db.Articles.Where(a => a.Title.StartsWith("Thông tin về cơ sở bán buôn"))
            .OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync();

        const string stem = "thong-tin-ve-co-so-ban-buon-cua-co-so-nhap-khau-nhung-khong-co-quyen-phan-phoi";
        Assert.Equal([stem, stem + "-2", stem + "-3"], slugs);
    }

    [Fact]
    public async Task LeavesADatabaseWithContentAlone()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        await db.AddCategoryAsync("Riêng", "rieng");

        Assert.False(await Loader(db, out _).LoadIfEmptyAsync());
        Assert.Equal(1, await db.Categories.CountAsync());
        Assert.Equal(0, await db.Articles.CountAsync());
    }
}

public sealed class SampleContentTestsOnSqlite() : SampleContentTests(DatabaseOptions.Sqlite);

public sealed class SampleContentTestsOnPostgreSql() : SampleContentTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class SampleContentTestsOnSqlServer() : SampleContentTests(DatabaseOptions.SqlServer);
