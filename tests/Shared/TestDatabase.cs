using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Testing;

/// <summary>
/// A fresh, empty database on a real provider: a SQLite file in a temporary folder, or a new database on the
/// run's shared PostgreSQL server. It is deleted (or dropped) with the test. <see cref="Directory"/> is a
/// temporary folder for the test's other files, such as media.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static readonly TheoryData<string> Providers = new() { DatabaseOptions.Sqlite, DatabaseOptions.PostgreSql };

    private readonly PostgresServer? _server;
    private readonly string? _postgresDatabase;

    private TestDatabase(string directory, DatabaseSettings settings, PostgresServer? server, string? postgresDatabase)
    {
        Directory = directory;
        Settings = settings;
        _server = server;
        _postgresDatabase = postgresDatabase;
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
            return new TestDatabase(directory, new DatabaseSettings(DatabaseOptions.Sqlite, connectionString), null, null);
        }
        if (provider == DatabaseOptions.PostgreSql)
        {
            var server = await PostgresServer.GetAsync();
            var name = await server.CreateDatabaseAsync(prefix);
            return new TestDatabase(directory, new DatabaseSettings(DatabaseOptions.PostgreSql, server.ConnectionString(name)), server, name);
        }
        throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or PostgreSQL");
    }

    public HealthNewsDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        Settings.Configure(options);
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
        if (_server is not null && _postgresDatabase is not null)
        {
            await _server.DropDatabaseAsync(_postgresDatabase);
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
