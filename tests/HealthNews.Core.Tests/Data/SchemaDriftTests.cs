using HealthNews.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Data;

public class SchemaDriftTests
{
    [Fact]
    public async Task MigrationsBuildExactlyTheSchemaTheModelDescribes()
    {
        using var fromMigrations = new SqliteTestDatabase();
        using var fromModel = new SqliteTestDatabase();
        await using var migrated = fromMigrations.CreateContext();
        await using var created = fromModel.CreateContext();

        await migrated.Database.MigrateAsync();
        await created.Database.EnsureCreatedAsync();

        var expected = await SchemaSnapshot.ReadSqliteAsync(created.Database.GetDbConnection());
        var actual = await SchemaSnapshot.ReadSqliteAsync(migrated.Database.GetDbConnection());
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, SchemaSnapshot.Describe(missing, extra));
        Assert.Contains("table Articles", actual); // the snapshot really read something
        Assert.Contains(actual, line => line.StartsWith("index Articles IX_Articles_Slug unique=1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryMigrationIsAppliedAndNoneIsPending()
    {
        using var database = new SqliteTestDatabase();
        await using var db = await database.CreateMigratedContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }
}

public class SchemaSnapshotTests
{
    [Fact]
    public async Task SnapshotNoticesAColumnTheModelDoesNotHave()
    {
        using var database = new SqliteTestDatabase();
        await using var db = await database.CreateMigratedContextAsync();
        var before = await SchemaSnapshot.ReadSqliteAsync(db.Database.GetDbConnection());

        await db.Database.ExecuteSqlRawAsync("ALTER TABLE Articles ADD COLUMN Extra TEXT NULL");
        var after = await SchemaSnapshot.ReadSqliteAsync(db.Database.GetDbConnection());

        Assert.Equal(["column Articles.Extra TEXT notnull=0 pk=0 default="], after.Except(before));
    }
}
