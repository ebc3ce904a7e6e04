using System.Data.Common;
using System.Text;
using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Search;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthNews.Core.Tests.Search;

/// <summary>Full-text search on each database's own index, over what readers may see only.</summary>
public abstract class ArticleSearchTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Now = new(2025, 7, 10, 5, 0, 0, DateTimeKind.Utc);

    private static ArticleSearch Search(HealthNewsDbContext db) =>
        new(db, new CategoryDirectory(db, TestServices.DataCache()), new ManualClock(new DateTimeOffset(Now)));

    private static async Task<List<string>> FindAsync(HealthNewsDbContext db, string typed, string? category = null, DateOnly? from = null, DateOnly? to = null) =>
        (await Search(db).SearchAsync(new SearchRequest(SearchQuery.Parse(typed), category, from, to, 1))).Results.Items.Select(r => r.Title).ToList();

    [Fact]
    public async Task FindsWithOrWithoutToneMarksInAnyCaseAndNormalForm()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        await db.AddArticleAsync(tin, "Bộ trưởng Bộ Y tế thăm Đà Nẵng", Now.AddDays(-1));
        await db.AddArticleAsync(tin, "Phòng chống dịch sốt xuất huyết", Now.AddDays(-2));
        await db.AddArticleAsync(tin, "Hội nghị tổng kết", Now.AddDays(-3));

        foreach (var typed in new[] { "bo truong y te", "BỘ TRƯỞNG", "Bộ trưởng Bộ Y tế".Normalize(NormalizationForm.FormD), "da nang", "Đà Nẵng", "y te bo truong" })
        {
            Assert.Equal(["Bộ trưởng Bộ Y tế thăm Đà Nẵng"], await FindAsync(db, typed));
        }
        Assert.Equal(["Phòng chống dịch sốt xuất huyết"], await FindAsync(db, "dich"));
        Assert.Empty(await FindAsync(db, "dịch cúm"));
    }

    [Fact]
    public async Task AQuotedPhraseMatchesOnlyItsWordsTogetherInOrder()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        await db.AddArticleAsync(tin, "Y tế cơ sở và bệnh viện", Now.AddDays(-1));
        await db.AddArticleAsync(tin, "Cơ sở y tế được nâng cấp", Now.AddDays(-2));

        Assert.Equal(["Cơ sở y tế được nâng cấp"], await FindAsync(db, "\"cơ sở y tế\""));
        Assert.Equal(2, (await FindAsync(db, "cơ sở y tế")).Count);
    }

    [Fact]
    public async Task TitleOutranksSummaryWhichOutranksBodyAndNewerWinsATie()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        await db.AddArticleAsync(tin, "Hội nghị trực tuyến", Now.AddDays(-1), summary: "Tóm tắt.", body: "Bàn về vắc xin sởi cho trẻ em.");
        await db.AddArticleAsync(tin, "Hội nghị thường niên", Now.AddDays(-2), summary: "Kế hoạch tiêm vắc xin sởi.", body: "Nội dung khác.");
        await db.AddArticleAsync(tin, "Vắc xin sởi về đến các tỉnh", Now.AddDays(-30), summary: "Tóm tắt.", body: "Nội dung khác.");
        await db.AddArticleAsync(tin, "Vắc xin sởi: lịch tiêm mới", Now.AddDays(-3), summary: "Tóm tắt.", body: "Nội dung khác.");

        Assert.Equal(["Vắc xin sởi: lịch tiêm mới", "Vắc xin sởi về đến các tỉnh", "Hội nghị thường niên", "Hội nghị trực tuyến"],
            await FindAsync(db, "vac xin soi"));
    }

    [Fact]
    public async Task FindsOnlyWhatReadersMaySeeEvenInTheCount()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        await db.AddArticleAsync(tin, "Sởi: bài đã đăng", Now.AddDays(-1));
        await db.AddArticleAsync(tin, "Sởi: bài hẹn giờ", Now.AddHours(2));
        await db.AddArticleAsync(tin, "Sởi: bản nháp", null, ArticleStatus.Draft);
        await db.AddArticleAsync(tin, "Sởi: chờ duyệt", Now.AddDays(-1), ArticleStatus.InReview);
        await db.AddArticleAsync(tin, "Sởi: đã gỡ", Now.AddDays(-1), ArticleStatus.Unpublished);
        await db.AddArticleAsync(tin, "Sởi: lưu trữ", Now.AddDays(-1), ArticleStatus.Archived);

        var results = (await Search(db).SearchAsync(new SearchRequest(SearchQuery.Parse("soi"), null, null, null, 1))).Results;

        Assert.Equal(["Sởi: bài đã đăng"], results.Items.Select(r => r.Title));
        Assert.Equal(1, results.TotalCount);
    }

    [Fact]
    public async Task FiltersByCategoryWithItsSubcategoriesAndByVietnamDates()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var leaders = await db.AddCategoryAsync("Lãnh đạo", "lanh-dao");
        var minister = await db.AddCategoryAsync("Bộ trưởng", "bo-truong", leaders.Id);
        var other = await db.AddCategoryAsync("Tin khác", "tin-khac");
        // 17:30 UTC on 1 July is 00:30 on 2 July in Vietnam.
        await db.AddArticleAsync(minister, "Tiêm chủng ngày 2/7", new DateTime(2025, 7, 1, 17, 30, 0, DateTimeKind.Utc));
        await db.AddArticleAsync(leaders, "Tiêm chủng ngày 1/7", new DateTime(2025, 7, 1, 10, 0, 0, DateTimeKind.Utc));
        await db.AddArticleAsync(other, "Tiêm chủng ở nơi khác", new DateTime(2025, 7, 1, 10, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["Tiêm chủng ngày 2/7", "Tiêm chủng ngày 1/7"], await FindAsync(db, "tiem chung", "lanh-dao"));
        Assert.Equal(["Tiêm chủng ngày 2/7"], await FindAsync(db, "tiem chung", "bo-truong"));
        Assert.Empty(await FindAsync(db, "tiem chung", "khong-co"));
        Assert.Equal(["Tiêm chủng ngày 2/7"], await FindAsync(db, "tiem chung", from: new DateOnly(2025, 7, 2)));
        Assert.Equal(["Tiêm chủng ngày 1/7", "Tiêm chủng ở nơi khác"], (await FindAsync(db, "tiem chung", to: new DateOnly(2025, 7, 1))).Order().ToList());
    }

    [Fact]
    public async Task TheIndexFollowsEditsAndDeletionsInTheSameWrite()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        var article = await db.AddArticleAsync(tin, "Cúm mùa", Now.AddDays(-1), body: "Thông tin.");
        Assert.Equal(["Cúm mùa"], await FindAsync(db, "cum"));

        article.Title = "Sốt xuất huyết";
        await TestServices.Rendering(db).RenderAsync(article);
        await db.SaveChangesAsync();
        Assert.Empty(await FindAsync(db, "cum"));
        Assert.Equal(["Sốt xuất huyết"], await FindAsync(db, "sot xuat huyet"));

        db.Articles.Remove(article);
        await db.SaveChangesAsync();
        Assert.Empty(await FindAsync(db, "sot xuat huyet"));
    }

    [Fact]
    public async Task PagesHoldTwentyAndCountThemAll()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        for (var i = 1; i <= 45; i++)
        {
            await db.AddArticleAsync(tin, $"Bản tin số {i}", Now.AddMinutes(-i));
        }

        var third = (await Search(db).SearchAsync(new SearchRequest(SearchQuery.Parse("ban tin"), null, null, null, 3))).Results;
        var beyond = (await Search(db).SearchAsync(new SearchRequest(SearchQuery.Parse("ban tin"), null, null, null, 9))).Results;

        Assert.Equal((45, 3, 5), (third.TotalCount, third.TotalPages, third.Items.Count));
        Assert.Equal("Bản tin số 41", third.Items[0].Title);
        Assert.Empty(beyond.Items);
        Assert.Equal(45, beyond.TotalCount);
    }

    [Fact]
    public async Task RanksTheNewestMatchesThenListsOlderOnesNewestFirstAndCountsEveryOne()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var tin = await db.AddCategoryAsync("Tin", "tin");
        // Written oldest first, so ids follow publish times; the first one written matches best but lies outside the window.
        await db.AddArticleAsync(tin, "Tiêm chủng: bài cũ nhất", Now.AddDays(-30), body: "Về tiêm chủng.");
        for (var i = 29; i >= 6; i--)
        {
            await db.AddArticleAsync(tin, $"Bản tin {i}", Now.AddDays(-i), body: $"Về tiêm chủng, số {i}.");
        }
        await db.AddArticleAsync(tin, "Tiêm chủng: trong cửa sổ", Now.AddDays(-5), body: "Về tiêm chủng.");
        for (var i = 4; i >= 1; i--)
        {
            await db.AddArticleAsync(tin, $"Bản tin {i}", Now.AddDays(-i), body: $"Về tiêm chủng, số {i}.");
        }
        await db.AddArticleAsync(tin, "Tiêm chủng: bản nháp mới nhất", null, ArticleStatus.Draft);
        var search = new ArticleSearch(db, new CategoryDirectory(db, TestServices.DataCache()), new ManualClock(new DateTimeOffset(Now))) { RankedWindow = 6 };

        var first = (await search.SearchAsync(new SearchRequest(SearchQuery.Parse("tiem chung"), null, null, null, 1))).Results;
        var second = (await search.SearchAsync(new SearchRequest(SearchQuery.Parse("tiem chung"), null, null, null, 2))).Results;

        // The window: the six newest matches, the draft among them (never shown), ranked: the title match first.
        Assert.Equal(["Tiêm chủng: trong cửa sổ", "Bản tin 1", "Bản tin 2", "Bản tin 3", "Bản tin 4"], first.Items.Take(5).Select(r => r.Title));
        // Then the older matches by date, across the page break, the best match of all among them in its place.
        Assert.Equal(Enumerable.Range(6, 15).Select(i => $"Bản tin {i}"), first.Items.Skip(5).Select(r => r.Title));
        Assert.Equal(Enumerable.Range(21, 9).Select(i => $"Bản tin {i}").Append("Tiêm chủng: bài cũ nhất"), second.Items.Select(r => r.Title));
        Assert.Equal((30, 30), (first.TotalCount, second.TotalCount));
        Assert.Equal(30, first.Items.Concat(second.Items).Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task AQueryWithAProblemAsksNothingOfTheDatabase()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var results = await Search(db).SearchAsync(new SearchRequest(SearchQuery.Parse("a"), null, null, null, 1));

        Assert.Equal(0, results.Results.TotalCount);
    }
}

public sealed class ArticleSearchTestsOnSqlite() : ArticleSearchTests(DatabaseOptions.Sqlite)
{
    [Fact]
    public async Task EachHitIsCheckedInTheCoveringIndexNotInItsArticlesRow()
    {
        await using (var setup = await Database.CreateMigratedContextAsync())
        {
            var tin = await setup.AddCategoryAsync("Tin", "tin");
            await setup.AddArticleAsync(tin, "Tiêm chủng mở rộng", new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        }
        var commands = new SearchCommands();
        await using var db = Database.CreateContext(commands);

        var results = await new ArticleSearch(db, new CategoryDirectory(db, TestServices.DataCache()), TimeProvider.System)
            .SearchAsync(new SearchRequest(SearchQuery.Parse("tiem chung"), "tin", new DateOnly(2025, 1, 1), null, 1));

        Assert.Equal(1, results.Results.TotalCount);
        Assert.Equal(2, commands.Plans.Count); // the count, then the ranked page
        foreach (var plan in commands.Plans)
        {
            Assert.Contains(plan, line => line.Contains($"USING COVERING INDEX {FullTextSearch.SqliteCoverIndex}", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, line => line.Contains("SEARCH Articles USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
        }
    }

    /// <summary>The query plan of each full-text command, asked of SQLite right before the command runs.</summary>
    private sealed class SearchCommands : DbCommandInterceptor
    {
        public List<List<string>> Plans { get; } = [];

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains(" MATCH ", StringComparison.Ordinal))
            {
                await using var explain = command.Connection!.CreateCommand();
                explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
                explain.Transaction = command.Transaction;
                foreach (DbParameter parameter in command.Parameters)
                {
                    var copy = explain.CreateParameter();
                    copy.ParameterName = parameter.ParameterName;
                    copy.Value = parameter.Value;
                    explain.Parameters.Add(copy);
                }
                var plan = new List<string>();
                await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        plan.Add(reader.GetString(3));
                    }
                }
                Plans.Add(plan);
            }
            return result;
        }
    }
}

public sealed class ArticleSearchTestsOnPostgreSql() : ArticleSearchTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ArticleSearchTestsOnSqlServer() : ArticleSearchTests(DatabaseOptions.SqlServer);
