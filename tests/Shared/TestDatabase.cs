using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthNews.Testing;

/// <summary>
/// A fresh, empty database on a real provider: a SQLite file in a temporary folder, a new database on the run's shared
/// PostgreSQL server, or one on the SQL Server named by HEALTHNEWS_TEST_SQLSERVER. It is deleted (or dropped) with the test. <see cref="Directory"/> is a
/// temporary folder for the test's other files, such as media.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task>? _drop;

    private TestDatabase(string directory, DatabaseSettings settings, Func<Task>? drop)
    {
        Directory = directory;
        Settings = settings;
        _drop = drop;
    }

    public string Directory { get; }

    public DatabaseSettings Settings { get; }

    public string Provider => Settings.Provider;

    public static async Task<TestDatabase> CreateAsync(string provider, string prefix = "hn")
    {
        var directory = Path.Combine(Path.GetTempPath(), "healthnews-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (provider == DatabaseOptions.Sqlite)
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, prefix + ".db") }.ToString();
            return new TestDatabase(directory, new DatabaseSettings(DatabaseOptions.Sqlite, connectionString), null);
        }
        if (provider == DatabaseOptions.PostgreSql)
        {
            var server = await PostgresServer.GetAsync();
            var name = await server.CreateDatabaseAsync(prefix);
            return new TestDatabase(directory, new DatabaseSettings(DatabaseOptions.PostgreSql, server.ConnectionString(name)), () => server.DropDatabaseAsync(name));
        }
        if (provider == DatabaseOptions.SqlServer)
        {
            var name = await TestSqlServer.CreateDatabaseAsync(prefix);
            return new TestDatabase(directory, new DatabaseSettings(DatabaseOptions.SqlServer, TestSqlServer.ConnectionStringFor(name)), () => TestSqlServer.DropDatabaseAsync(name));
        }
        throw new ArgumentOutOfRangeException(nameof(provider), provider, string.Join(", ", DatabaseOptions.Providers));
    }

    /// <summary>A new database on a PostgreSQL server of the test's own (<see cref="PostgresServer.StartDedicatedAsync"/>).</summary>
    public static async Task<TestDatabase> OnServerAsync(PostgresServer server, string prefix = "hn")
    {
        ArgumentNullException.ThrowIfNull(server);
        var directory = Path.Combine(Path.GetTempPath(), "healthnews-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var name = await server.CreateDatabaseAsync(prefix);
        return new TestDatabase(directory, new DatabaseSettings(DatabaseOptions.PostgreSql, server.ConnectionString(name)), () => server.DropDatabaseAsync(name));
    }

    /// <summary>A SQL Server database that does not exist yet (for the portal to create); dropped afterwards if it was made.</summary>
    public static TestDatabase MissingSqlServerDatabase(string prefix)
    {
        var directory = Path.Combine(Path.GetTempPath(), "healthnews-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var name = $"{prefix}_{Guid.NewGuid():N}";
        return new TestDatabase(directory, new DatabaseSettings(DatabaseOptions.SqlServer, TestSqlServer.ConnectionStringFor(name)), () => TestSqlServer.DropDatabaseAsync(name));
    }

    /// <summary>The SQL that renames a table on this provider, to break a portal under a test.</summary>
    public string RenameTableSql(string table, string newName) => Provider == DatabaseOptions.SqlServer
        ? $"EXEC sp_rename N'{table}', N'{newName}'"
        : $"ALTER TABLE \"{table}\" RENAME TO \"{newName}\"";

    public HealthNewsDbContext CreateContext(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        Settings.Configure(options);
        options.AddInterceptors(interceptors);
        return new HealthNewsDbContext(options.Options);
    }

    /// <summary>A fresh context on the database brought to the newest migration.</summary>
    public async Task<HealthNewsDbContext> CreateMigratedContextAsync()
    {
        var db = CreateContext();
        await db.Database.MigrateAsync();
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (_drop is not null)
        {
            await _drop();
        }
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failing test; the OS temp cleaner takes it.
        }
    }
}
