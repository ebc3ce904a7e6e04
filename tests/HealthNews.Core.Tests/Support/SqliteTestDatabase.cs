using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Support;

/// <summary>A real SQLite file in a temporary folder, deleted with the test.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    public SqliteTestDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "healthnews-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Settings = new DatabaseSettings(DatabaseOptions.Sqlite,
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(Directory, "test.db"), Pooling = false }.ToString());
    }

    public string Directory { get; }

    public DatabaseSettings Settings { get; }

    public HealthNewsDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        Settings.Configure(options);
        return new HealthNewsDbContext(options.Options);
    }

    /// <summary>A fresh context on a database brought to the newest migration.</summary>
    public async Task<HealthNewsDbContext> CreateMigratedContextAsync()
    {
        var db = CreateContext();
        await db.Database.MigrateAsync();
        return db;
    }

    public void Dispose()
    {
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
