using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.OldAddresses;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.OldAddresses;

/// <summary>Where old portal addresses lead here, and the editors' CSV import, on each database.</summary>
public abstract class OldAddressTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Now = new(2025, 7, 10, 5, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Editor = Actor.System("Biên tập viên");

    private static OldAddressResolver Resolver(HealthNewsDbContext db) => new(db, new ManualClock(new DateTimeOffset(Now)));

    private static OldAddressImport Import(HealthNewsDbContext db) => new(db, new AuditLog(db, TimeProvider.System), TimeProvider.System);

    [Fact]
    public async Task AnOldArticleAddressLeadsToThePublishedArticleWithThatSlugOrTheOneItWasCutTo()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Hoạt động của lãnh đạo Bộ", "hoat-dong-cua-lanh-dao-bo");
        await db.AddArticleAsync(tin, "Tiếp Đại sứ Cu Ba", Now.AddDays(-1), slug: "bo-truong-tiep-dai-su-cu-ba");
        await db.AddArticleAsync(tin, "Hợp tác WHO", Now.AddDays(-1), slug: "bo-y-te-hop-tac-to-chuc-y-te-the");
        await db.AddArticleAsync(tin, "Bản nháp", null, ArticleStatus.Draft, slug: "ban-nhap-chua-dang");

        Assert.Equal("bo-truong-tiep-dai-su-cu-ba", (await Resolver(db).ResolveAsync(new("bo-truong-tiep-dai-su-cu-ba", false)))?.ArticleSlug);
        Assert.Equal("bo-y-te-hop-tac-to-chuc-y-te-the", (await Resolver(db).ResolveAsync(new("bo-y-te-hop-tac-to-chuc-y-te-the-gioi-giai-doan-2024-2027", false)))?.ArticleSlug);
        Assert.Null(await Resolver(db).ResolveAsync(new("ban-nhap-chua-dang", false))); // a draft is not revealed
        Assert.Null(await Resolver(db).ResolveAsync(new("bo-truong", false)));
        Assert.Equal("hoat-dong-cua-lanh-dao-bo", (await Resolver(db).ResolveAsync(new("hoat-dong-cua-lanh-dao-bo", true)))?.CategorySlug);
        Assert.Null(await Resolver(db).ResolveAsync(new("khong-co", true)));
    }

    [Fact]
    public async Task AnArticleRenamedHereIsFoundByItsFormerSlug()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        var article = await db.AddArticleAsync(tin, "Tên mới", Now.AddDays(-1), slug: "ten-moi");
        db.ArticleSlugRedirects.Add(new ArticleSlugRedirect { OldSlug = "ten-cu-cua-bai", ArticleId = article.Id, CreatedAtUtc = Now });
        await db.SaveChangesAsync();

        Assert.Equal("ten-moi", (await Resolver(db).ResolveAsync(new("ten-cu-cua-bai", false)))?.ArticleSlug);
    }

    [Fact]
    public async Task TheEditorsTableComesFirstAndAnImportReplacesEarlierLines()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        await db.AddArticleAsync(tin, "Cùng tên", Now.AddDays(-1), slug: "cung-ten");

        var first = await Import(db).ImportAsync(
            "dia_chi_cu,dia_chi_moi\n" +
            "https://moh.gov.vn/web/guest/-/cung-ten?inheritRedirect=false,/tin-tuc/bai-khac\r\n" +
            "/vi_VN/tin-cu/-/asset_publisher/k206Q9qkZOqn/content/mot-bai-cu,https://moh.example/tin-tuc/mot-bai-moi\n" +
            "\n" +
            "so-tay-cu;/chuyen-muc/tin\n", Editor);
        var second = await Import(db).ImportAsync("mot-bai-cu,/tin-tuc/sua-lai", Editor);

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal("Đã nhập 3 địa chỉ cũ (3 địa chỉ mới, 0 địa chỉ được cập nhật).", first.Message);
        Assert.Equal("Đã nhập 1 địa chỉ cũ (0 địa chỉ mới, 1 địa chỉ được cập nhật).", second.Message);
        Assert.Equal("/tin-tuc/bai-khac", (await Resolver(db).ResolveAsync(new("cung-ten", false)))?.Path);
        Assert.Equal("/tin-tuc/sua-lai", (await Resolver(db).ResolveAsync(new("mot-bai-cu", false)))?.Path);
        Assert.Equal("/chuyen-muc/tin", (await Resolver(db).ResolveAsync(new("so-tay-cu", true)))?.Path);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.OldAddressesImported));
    }

    [Fact]
    public async Task AFileWithABadLineChangesNothingAndSaysWhichLines()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var result = await Import(db).ImportAsync(
            "bai-tot,/tin-tuc/bai-tot\n" +
            "chi-mot-cot\n" +
            "https://moh.gov.vn/gioi-thieu,/tin-tuc/x\n" +
            "bai-khac,tin-tuc/khong-co-gach\n" +
            "bai-nua,/admin/bai-viet\n", Editor);

        Assert.False(result.Succeeded);
        var message = result.Errors!.Values.Single();
        Assert.StartsWith("Chưa nhập gì. ", message, StringComparison.Ordinal);
        Assert.Contains("Dòng 2: cần hai địa chỉ, cách nhau bởi dấu phẩy.", message, StringComparison.Ordinal);
        Assert.Contains("Dòng 3: không đọc được địa chỉ cũ «https://moh.gov.vn/gioi-thieu».", message, StringComparison.Ordinal);
        Assert.Contains("Dòng 4: địa chỉ mới «tin-tuc/khong-co-gach» phải là một đường dẫn của cổng này, bắt đầu bằng «/».", message, StringComparison.Ordinal);
        Assert.Contains("Dòng 5:", message, StringComparison.Ordinal);
        Assert.Equal(0, await db.OldAddresses.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }
}

public sealed class OldAddressTestsOnSqlite() : OldAddressTests(DatabaseOptions.Sqlite);

public sealed class OldAddressTestsOnPostgreSql() : OldAddressTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class OldAddressTestsOnSqlServer() : OldAddressTests(DatabaseOptions.SqlServer);
