using System.Globalization;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.SampleContent;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HealthNews.Core.Tests.Data;

public class DatabaseCopierTests : IAsyncLifetime
{
    private TestDatabase _sqlite = null!;
    private TestDatabase _postgres = null!;

    public async Task InitializeAsync()
    {
        _sqlite = await TestDatabase.CreateAsync(DatabaseOptions.Sqlite, "source");
        _postgres = await TestDatabase.CreateAsync(DatabaseOptions.PostgreSql, "target");
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    private async Task FillSourceAsync()
    {
        await using var db = await _sqlite.CreateMigratedContextAsync();
        var store = new FileSystemMediaStore(Path.Combine(_sqlite.Directory, "media"), TimeProvider.System);
        await new SampleContentLoader(db, store, TimeProvider.System, TestServices.Rendering(db)).LoadIfEmptyAsync();
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
        db.AuditEvents.Add(new AuditEvent { Action = "article.created", UserId = user.Id, UserName = user.DisplayName, OccurredAtUtc = DateTime.UtcNow, IpAddress = "127.0.0.1" });
        var poll = new Poll { Question = "Bạn đã tiêm nhắc lại chưa?", Status = PollStatus.Open, AddressSalt = "muoi", CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow };
        poll.Options.Add(new PollOption { Text = "Rồi", SortOrder = 1 });
        poll.Options.Add(new PollOption { Text = "Chưa", SortOrder = 2 });
        db.Polls.Add(poll);
        await db.SaveChangesAsync();
        var ballot = new PollBallot { PollId = poll.Id, VoterKey = "c:abc", AddressHash = "h", CastAtUtc = DateTime.UtcNow };
        ballot.Choices.Add(new PollBallotChoice { OptionId = poll.Options[0].Id });
        db.PollBallots.Add(ballot);
        await db.SaveChangesAsync();
    }

    // Identity tables the portal doesn't use yet (claims, external logins, tokens) are copied but empty here.
    private static readonly string[] UnusedTables = ["AspNetRoleClaims", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens"];

    [Fact]
    public async Task CopiesEveryRowOfEveryTableKeepingIdsSlugsAndTimes()
    {
        await FillSourceAsync();
        await using var source = _sqlite.CreateContext();
        await using var target = _postgres.CreateContext();

        var copied = await DatabaseCopier.CopyAsync(source, target);

        Assert.Equal(DatabaseCopier.InsertionOrder(source.Model).Select(t => t.GetTableName()), copied.Select(c => c.Table));
        Assert.Equal(43, copied.Single(c => c.Table == "Articles").Rows);
        foreach (var table in DatabaseCopier.InsertionOrder(source.Model))
        {
            await using var reader = _postgres.CreateContext();
            var expected = await DumpAsync(source, table);
            if (!UnusedTables.Contains(table.GetTableName()))
            {
                Assert.NotEmpty(expected);
            }
            Assert.Equal(expected, await DumpAsync(reader, table));
        }
    }

    [Fact]
    public async Task NewRowsInTheCopyTakeIdsAfterTheCopiedOnes()
    {
        await FillSourceAsync();
        await using (var source = _sqlite.CreateContext())
        await using (var target = _postgres.CreateContext())
        {
            await DatabaseCopier.CopyAsync(source, target);
        }
        await using var db = _postgres.CreateContext();
        var maxId = await db.Articles.MaxAsync(a => a.Id);

        var article = await db.AddArticleAsync(await db.Categories.FirstAsync(), "Bài mới sau khi chuyển", DateTime.UtcNow);

        Assert.Equal(maxId + 1, article.Id);
    }

    [Fact]
    public async Task RefusesATargetThatHoldsContentAndChangesNothing()
    {
        await FillSourceAsync();
        await using (var existing = await _postgres.CreateMigratedContextAsync())
        {
            await existing.AddCategoryAsync("Đã có", "da-co");
        }
        await using var source = _sqlite.CreateContext();
        await using var target = _postgres.CreateContext();

        var refusal = await Assert.ThrowsAsync<StartupException>(() => DatabaseCopier.CopyAsync(source, target));

        Assert.Contains("already holds rows in Categories", refusal.Message, StringComparison.Ordinal);
        await using var check = _postgres.CreateContext();
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
            .Select(e => string.Join(" | ", table.GetProperties().Select(p => Format(p.PropertyInfo!.GetValue(e)))))
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
