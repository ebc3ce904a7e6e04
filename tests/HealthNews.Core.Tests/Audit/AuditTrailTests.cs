using System.Reflection;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;

namespace HealthNews.Core.Tests.Audit;

public sealed class AuditActionNamesTests
{
    private static IEnumerable<string> Codes() => typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void EveryRecordedActionHasOneVietnameseNameAndAGroup()
    {
        var codes = Codes().ToList();

        Assert.True(codes.Count >= 35, $"only {codes.Count} actions found");
        Assert.Equal(codes.Order(StringComparer.Ordinal), AuditActionNames.All.Select(a => a.Code).Order(StringComparer.Ordinal));
        Assert.All(codes, code => Assert.NotEqual(code, AuditActionNames.For(code)));
        Assert.Equal(AuditActionNames.All.Count, AuditActionNames.All.Select(a => a.Name).Distinct().Count());
        Assert.All(AuditActionNames.All, a => Assert.False(string.IsNullOrWhiteSpace(a.Group)));
    }

    [Fact]
    public void TheIssuesWordsAreUsedAndAnUnknownCodeShowsAsStored()
    {
        Assert.Equal("Đăng nhập thành công", AuditActionNames.For(AuditActions.SignInSucceeded));
        Assert.Equal("Xuất bản bài viết", AuditActionNames.For(AuditActions.ArticlePublished));
        Assert.Equal("Trả lại phóng viên", AuditActionNames.For(AuditActions.ArticleReturned));
        Assert.Equal("something.new", AuditActionNames.For("something.new"));
        Assert.Equal("Bài viết", AuditActionNames.Kind(nameof(Article)));
        Assert.Equal("Người dùng", AuditActionNames.Kind(nameof(AppUser)));
        Assert.Null(AuditActionNames.Kind(null));
    }
}

/// <summary>The trail names what each line is about, finds a person's lines (failed sign-ins with their email too), on every database.</summary>
public abstract class AuditTrailTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Start = new(2025, 7, 10, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task EachLineCarriesTheCurrentNameOfWhatItIsAboutAndNoneForWhatIsGone()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var clock = new ManualClock(new DateTimeOffset(Start));
        var category = await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop");
        var article = await db.AddArticleAsync(category, "Tiêu đề hiện tại", Start);
        var user = new AppUser { UserName = "an@moh.gov.vn", Email = "an@moh.gov.vn", DisplayName = "Phóng viên An" };
        db.Users.Add(user);
        var log = new AuditLog(db, clock);
        var actor = new Actor(user.Id, "Phóng viên An", new HashSet<string> { Roles.Author }, "10.0.0.1");
        log.Record(actor, AuditActions.ArticleCreated, nameof(Article), article.Id, "Tiêu đề cũ");
        log.Record(actor, AuditActions.ArticlePurged, nameof(Article), 987654, "Bài đã xoá");
        log.Record(actor, AuditActions.SignInSucceeded, nameof(AppUser), user.Id);
        log.Record(actor, AuditActions.CategoryUpdated, nameof(Category), category.Id, "a → b");
        log.Record(new Actor(null, "an@moh.gov.vn", new HashSet<string>(), "10.0.0.1"), AuditActions.SignInFailed);
        log.Record(new Actor(null, "khach@moh.gov.vn", new HashSet<string>(), "10.0.0.2"), AuditActions.SignInFailed);
        await db.SaveChangesAsync();
        var queries = new AuditQueries(db);

        var all = await queries.ListAsync(new AuditFilter(null, null, null, null));
        var hers = await queries.ListAsync(new AuditFilter(user.Id, null, null, null));
        var failed = await queries.ListAsync(new AuditFilter(null, AuditActions.SignInFailed, null, null));
        var articles = await queries.ListAsync(new AuditFilter(null, "article.", Start, Start.AddDays(1)));
        var tomorrow = await queries.ListAsync(new AuditFilter(null, null, Start.AddDays(1), null));

        var byAction = all.Items.Where(e => e.EntityId is not null).ToDictionary(e => e.Action + e.EntityId);
        Assert.Equal("Tiêu đề hiện tại", byAction[AuditActions.ArticleCreated + article.Id].ObjectName);
        Assert.Null(byAction[AuditActions.ArticlePurged + "987654"].ObjectName);
        Assert.Equal("Phóng viên An", byAction[AuditActions.SignInSucceeded + user.Id].ObjectName);
        Assert.Equal("Tin tổng hợp", byAction[AuditActions.CategoryUpdated + category.Id].ObjectName);
        Assert.Equal(5, hers.TotalCount); // her four, and the failed sign-in typed with her email
        Assert.Equal(2, failed.TotalCount);
        Assert.Equal(2, articles.TotalCount);
        Assert.Equal(0, tomorrow.TotalCount);
        Assert.Contains(await queries.ListPeopleAsync(), p => p.Id == user.Id && p.Name == "Phóng viên An (an@moh.gov.vn)");
    }
}

public sealed class AuditTrailTestsOnSqlite() : AuditTrailTests(DatabaseOptions.Sqlite);

public sealed class AuditTrailTestsOnPostgreSql() : AuditTrailTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class AuditTrailTestsOnSqlServer() : AuditTrailTests(DatabaseOptions.SqlServer);
