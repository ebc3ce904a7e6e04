using System.Data.Common;
using HealthNews.Core.Configuration;
using HealthNews.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace HealthNews.Web.Tests.Support;

/// <summary>
/// The database's disk, filled up and emptied again by a test. SQLite: the file may not grow (<c>PRAGMA max_page_count</c>
/// on every connection the portal opens, this interceptor's part), and its free pages are used up by a filler table, so
/// that a write needing room fails with SQLITE_FULL, the very error a full disk gives. PostgreSQL: a server can't be
/// given a small disk here, so the newsroom's tables answer every write with the error a full disk gives (disk_full,
/// SQLSTATE 53100, as "could not extend file" raises it), from a trigger.
/// </summary>
public sealed class FullDisk : DbConnectionInterceptor
{
    private const string Filler = "TestDiskFiller";
    private const int MaxPages = 1_073_741_823; // SQLite's default limit

    private static readonly string[] PostgreSqlTables = ["Articles", "ArticleRevisions", "ArticleSlugRedirects", "AuditEvents", "MediaFiles", "OldAddresses"];

    private volatile bool _full;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = PageLimit;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite)
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = PageLimit;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // A limit below the file's size holds it at its size (SQLite does not shrink a file to obey it).
    private string PageLimit => $"PRAGMA max_page_count = {(_full ? 1 : MaxPages)}";

    public async Task FillAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider == DatabaseOptions.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(database.Settings.ConnectionString);
            await connection.OpenAsync();
            await ExecuteAsync(connection, """
                CREATE FUNCTION test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'could not extend file "base/16384/16385": No space left on device' USING ERRCODE = 'disk_full';
                END $$
                """ + string.Concat(PostgreSqlTables.Select(table =>
                $"""; CREATE TRIGGER test_disk_full BEFORE INSERT OR UPDATE OR DELETE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION test_disk_full()""")));
            _full = true;
            return;
        }
        Assert.Equal(DatabaseOptions.Sqlite, database.Provider);
        await using (var connection = new SqliteConnection(database.Settings.ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"CREATE TABLE \"{Filler}\" (\"Bytes\" BLOB)");
            await ExecuteAsync(connection, "PRAGMA max_page_count = 1");
            // Rows of shrinking size into every free page, and then into the room left in the filler's own pages.
            foreach (var size in (int[])[65_536, 4_096, 512, 64, 8])
            {
                try
                {
                    while (true)
                    {
                        await ExecuteAsync(connection, $"INSERT INTO \"{Filler}\" VALUES (zeroblob({size}))");
                    }
                }
                catch (SqliteException e) when (e.SqliteErrorCode == 13)
                {
                    // SQLITE_FULL: no room for a row of this size
                }
            }
        }
        _full = true;
    }

    public async Task EmptyAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _full = false;
        if (database.Provider == DatabaseOptions.PostgreSql)
        {
            await using var postgres = new NpgsqlConnection(database.Settings.ConnectionString);
            await postgres.OpenAsync();
            await ExecuteAsync(postgres, "DROP FUNCTION test_disk_full() CASCADE");
            return;
        }
        await using var sqlite = new SqliteConnection(database.Settings.ConnectionString);
        await sqlite.OpenAsync();
        await ExecuteAsync(sqlite, $"PRAGMA max_page_count = {MaxPages}; DROP TABLE \"{Filler}\"");
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
