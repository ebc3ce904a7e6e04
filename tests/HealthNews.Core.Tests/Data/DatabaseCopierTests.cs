using System.Globalization;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.SampleContent;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HealthNews.Core.Tests.Data;

/// <summary>copy-database between any two of SQLite, PostgreSQL and SQL Server: one subclass per direction.</summary>
public abstract class DatabaseCopierTests(string from, string to) : IAsyncLifetime
{
    private TestDatabase _source = null!;
    private TestDatabase _target = null!;

    public async Task InitializeAsync()
    {
        _source = await TestDatabase.CreateAsync(from, "source");
        _target = await TestDatabase.CreateAsync(to, "target");
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }

    private async Task FillSourceAsync()
    {
        await using var db = await _source.CreateMigratedContextAsync();
        var store = new FileSystemMediaStore(Path.Combine(_source.Directory, "media"), TimeProvider.System);
        await TestServices.SampleLoader(db, store).LoadIfEmptyAsync();
        var parent = await db.Categories.FirstAsync();
        var child = await db.AddCategoryAsync("Mục con", "muc-con", parent.Id, 1);
        await db.AddCategoryAsync("Mục cháu", "muc-chau", child.Id, 1);
        var draft = await db.AddArticleAsync(child, "Bản nháp chưa có giờ đăng", null, ArticleStatus.Draft, slug: "ban-nhap");
        var user = new AppUser { UserName = "bientap@moh.gov.vn", Email = "bientap@moh.gov.vn", DisplayName = "Biên tập viên", CreatedAtUtc = DateTime.UtcNow };
        var role = new Microsoft.AspNetCore.Identity.IdentityRole("Editor") { NormalizedName = "EDITOR" };
        db.AddRange(user, role);
        db.UserRoles.Add(new() { UserId = user.Id, RoleId = role.Id });
        db.ArticleRevisions.Add(new ArticleRevision { ArticleId = draft.Id, Number = 1, Title = draft.Title, Slug = draft.Slug, Body = draft.Body, CategoryId = child.Id, Note = "Tạo bài", CreatedById = user.Id, CreatedByName = user.DisplayName, CreatedAtUtc = DateTime.UtcNow });
        db.ArticleSlugRedirects.Add(new ArticleSlugRedirect { OldSlug = "ban-nhap-cu", ArticleId = draft.Id, CreatedAtUtc = DateTime.UtcNow });
        db.OldAddresses.Add(new OldAddress { OldSlug = "bai-cu-tren-cong-cu", TargetPath = "/tin-tuc/ban-nhap", CreatedAtUtc = DateTime.UtcNow });
        db.ArticleEditors.Add(new ArticleEditor { ArticleId = draft.Id, UserId = user.Id, UserName = user.DisplayName, SeenAtUtc = DateTime.UtcNow });
        db.AuditEvents.Add(new AuditEvent { Action = "article.created", UserId = user.Id, UserName = user.DisplayName, OccurredAtUtc = DateTime.UtcNow, IpAddress = "127.0.0.1" });
        var poll = new Poll { Question = "Bạn đã tiêm nhắc lại chưa?", Status = PollStatus.Open, AddressSalt = "muoi", CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow };
        poll.Options.Add(new PollOption { Text = "Rồi", SortOrder = 1 });
        poll.Options.Add(new PollOption { Text = "Chưa", SortOrder = 2 });
        db.Polls.Add(poll);
        await db.SaveChangesAsync();
        var ballot = new PollBallot { PollId = poll.Id, VoterKey = "c:abc", AddressHash = "h", CastAtUtc = DateTime.UtcNow };
        ballot.Choices.Add(new PollBallotChoice { OptionId = poll.Options[0].Id });
        db.PollBallots.Add(ballot);
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-nguon", Xml = "<key />" });
        await db.SaveChangesAsync();
    }

    // Identity tables the portal doesn't use yet (claims, external logins, tokens) are copied but empty here.
    private static readonly string[] UnusedTables = ["AspNetRoleClaims", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens"];

    [Fact]
    public async Task CopiesEveryRowOfEveryTableKeepingIdsSlugsAndTimes()
    {
        await FillSourceAsync();
        await using var source = _source.CreateContext();
        await using var target = _target.CreateContext();

        var copied = await DatabaseCopier.CopyAsync(source, target);

        Assert.Equal(DatabaseCopier.InsertionOrder(source.Model).Select(t => t.GetTableName()), copied.Select(c => c.Table));
        Assert.Equal(48, copied.Single(c => c.Table == "Articles").Rows); // 42 Vietnamese and 5 English sample articles, and one more
        foreach (var table in DatabaseCopier.InsertionOrder(source.Model))
        {
            await using var reader = _target.CreateContext();
            var expected = await DumpAsync(source, table);
            if (!UnusedTables.Contains(table.GetTableName()))
            {
                Assert.NotEmpty(expected);
            }
            Assert.Equal(expected, await DumpAsync(reader, table));
        }
        // The source's Data Protection key stays with its installation (ADR-016).
        await using var copy = _target.CreateContext();
        Assert.Empty(await copy.DataProtectionKeys.ToListAsync());
        Assert.Equal(1, await source.DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task NewRowsInTheCopyTakeIdsAfterTheCopiedOnes()
    {
        await FillSourceAsync();
        await using (var source = _source.CreateContext())
        await using (var target = _target.CreateContext())
        {
            await DatabaseCopier.CopyAsync(source, target);
        }
        await using var db = _target.CreateContext();
        var maxArticle = await db.Articles.MaxAsync(a => a.Id);
        var maxEvent = await db.AuditEvents.MaxAsync(e => e.Id);
        var maxBallot = await db.PollBallots.MaxAsync(b => b.Id);

        var article = await db.AddArticleAsync(await db.Categories.FirstAsync(), "Bài mới sau khi chuyển", DateTime.UtcNow);
        var auditEvent = new AuditEvent { Action = "article.created", UserName = "Biên tập viên", OccurredAtUtc = DateTime.UtcNow };
        var ballot = new PollBallot { PollId = await db.Polls.Select(p => p.Id).FirstAsync(), VoterKey = "c:moi", AddressHash = "h", CastAtUtc = DateTime.UtcNow };
        db.AddRange(auditEvent, ballot);
        await db.SaveChangesAsync();

        // int and long keys alike (a sequence left behind would collide with the first copied row)
        Assert.Equal((maxArticle + 1, maxEvent + 1, maxBallot + 1), (article.Id, auditEvent.Id, ballot.Id));
    }

    [Fact]
    public async Task RefusesATargetThatHoldsContentAndChangesNothing()
    {
        await FillSourceAsync();
        await using (var existing = await _target.CreateMigratedContextAsync())
        {
            await existing.AddCategoryAsync("Đã có", "da-co");
        }
        await using var source = _source.CreateContext();
        await using var target = _target.CreateContext();

        var refusal = await Assert.ThrowsAsync<StartupException>(() => DatabaseCopier.CopyAsync(source, target));

        Assert.Contains("already holds rows in Categories", refusal.Message, StringComparison.Ordinal);
        await using var check = _target.CreateContext();
        Assert.Equal(["da-co"], await check.Categories.Select(c => c.Slug).ToListAsync());
        Assert.Equal(0, await check.Articles.CountAsync());
    }

    // Every column of every row, as text; times to the microsecond, PostgreSQL's precision.
    private static async Task<List<string>> DumpAsync(HealthNewsDbContext db, IEntityType table)
    {
        var entities = await (Task<List<object>>)typeof(DatabaseCopierTests)
            .GetMethod(nameof(LoadAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(table.ClrType).Invoke(null, [db])!;
        return entities
            // Shadow properties (PostgreSQL's search vector) are the database's own, computed from the copied columns.
            .Select(e => string.Join(" | ", table.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => Format(p.PropertyInfo!.GetValue(e)))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<List<object>> LoadAsync<T>(HealthNewsDbContext db) where T : class =>
        (await db.Set<T>().AsNoTracking().ToListAsync()).Cast<object>().ToList();

    private static string Format(object? value) => value switch
    {
        null => "null",
        DateTime time => time.Kind + " " + time.AddTicks(-(time.Ticks % 10)).ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

public sealed class DatabaseCopierTestsSqliteToPostgreSql() : DatabaseCopierTests(DatabaseOptions.Sqlite, DatabaseOptions.PostgreSql);

public sealed class DatabaseCopierTestsPostgreSqlToSqlite() : DatabaseCopierTests(DatabaseOptions.PostgreSql, DatabaseOptions.Sqlite);

[SqlServerTest]
public sealed class DatabaseCopierTestsSqliteToSqlServer() : DatabaseCopierTests(DatabaseOptions.Sqlite, DatabaseOptions.SqlServer);

[SqlServerTest]
public sealed class DatabaseCopierTestsSqlServerToSqlite() : DatabaseCopierTests(DatabaseOptions.SqlServer, DatabaseOptions.Sqlite);

[SqlServerTest]
public sealed class DatabaseCopierTestsPostgreSqlToSqlServer() : DatabaseCopierTests(DatabaseOptions.PostgreSql, DatabaseOptions.SqlServer);

[SqlServerTest]
public sealed class DatabaseCopierTestsSqlServerToPostgreSql() : DatabaseCopierTests(DatabaseOptions.SqlServer, DatabaseOptions.PostgreSql);
