using HealthNews.Core.Configuration;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Data;

public abstract class SchemaDriftTests(string provider) : DatabaseTest(provider)
{
    [Fact]
    public async Task MigrationsBuildExactlyTheSchemaTheModelDescribes()
    {
        await using var fromModel = await TestDatabase.CreateAsync(Provider, "model");
        await using var migrated = await Database.CreateMigratedContextAsync();
        await using var created = fromModel.CreateContext();
        await created.Database.EnsureCreatedAsync();

        var expected = await SchemaSnapshot.ReadAsync(created.Database.GetDbConnection(), Provider);
        var actual = await SchemaSnapshot.ReadAsync(migrated.Database.GetDbConnection(), Provider);

        SchemaSnapshot.AssertSame(expected, actual);
        Assert.Contains("table Articles", actual); // the snapshot really read something
        Assert.Contains(actual, line => line.Contains("IX_Articles_Language_Slug", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryMigrationIsAppliedAndNoneIsPending()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task SnapshotNoticesAColumnTheModelDoesNotHave()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var before = await SchemaSnapshot.ReadAsync(db.Database.GetDbConnection(), Provider);

        await db.Database.ExecuteSqlRawAsync(Provider == DatabaseOptions.SqlServer
            ? "ALTER TABLE [Articles] ADD [Extra] nvarchar(10) NULL"
            : "ALTER TABLE \"Articles\" ADD COLUMN \"Extra\" TEXT NULL");
        var after = await SchemaSnapshot.ReadAsync(db.Database.GetDbConnection(), Provider);

        var added = Assert.Single(after.Except(before));
        Assert.StartsWith("column Articles.Extra ", added, StringComparison.Ordinal);
    }
}

public sealed class SchemaDriftTestsOnSqlite() : SchemaDriftTests(DatabaseOptions.Sqlite);

public sealed class SchemaDriftTestsOnPostgreSql() : SchemaDriftTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class SchemaDriftTestsOnSqlServer() : SchemaDriftTests(DatabaseOptions.SqlServer);
