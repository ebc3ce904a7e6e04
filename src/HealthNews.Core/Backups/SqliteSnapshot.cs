using Microsoft.Data.Sqlite;

namespace HealthNews.Core.Backups;

/// <summary>
/// A consistent copy of a live SQLite database made with SQLite's online backup API, and what such a copy holds. The
/// copy is taken in one step, inside one read transaction: in WAL mode the portal's writers go on meanwhile and the copy
/// is the database as of the moment that transaction began, every commit before it included, none after.
/// </summary>
internal static class SqliteSnapshot
{
    private const int Busy = 5;
    private const int Locked = 6;

    /// <summary>Copies the database at <paramref name="sourceConnectionString"/> into the new file <paramref name="destination"/>.</summary>
    public static async Task CopyAsync(string sourceConnectionString, string destination, CancellationToken cancellationToken)
    {
        // ReadWrite, not ReadWriteCreate: a mistyped path must not become an empty database that gets backed up.
        var source = new SqliteConnectionStringBuilder(sourceConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using var from = new SqliteConnection(source.ToString());
        await from.OpenAsync(cancellationToken);
        await using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // sqlite3_backup_step(-1): every page in one step, so the copy never restarts under a busy writer.
                from.BackupDatabase(to);
                break;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is Busy or Locked && attempt < 40)
            {
                // Only a checkpoint or recovery holds the lock a reader needs, and only briefly.
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
        // One self-contained file: the copy carries the WAL flag of its source; a restored portal turns WAL on again.
        await ScalarAsync(to, "PRAGMA journal_mode=DELETE;", cancellationToken);
    }

    /// <summary>"ok", or the first problems <c>PRAGMA integrity_check</c> finds in the file.</summary>
    public static async Task<string> IntegrityAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = Open(file, SqliteOpenMode.ReadOnly);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check(20);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join("; ", lines);
    }

    /// <summary>Rows per table (not counting SQLite's own tables or virtual tables, whose rows live in their shadow tables).</summary>
    public static async Task<SortedDictionary<string, long>> CountRowsAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = Open(file, SqliteOpenMode.ReadOnly);
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                + "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            rows[table] = Convert.ToInt64(
                await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";", cancellationToken),
                System.Globalization.CultureInfo.InvariantCulture);
        }
        return rows;
    }

    /// <summary>The newest migration recorded in the file, or null when it has no history table.</summary>
    public static async Task<string?> MigrationAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = Open(file, SqliteOpenMode.ReadOnly);
        if (await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_schema WHERE name = '__EFMigrationsHistory';", cancellationToken) is 0L)
        {
            return null;
        }
        return await ScalarAsync(connection, "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\";", cancellationToken) as string;
    }

    /// <summary>Each media row's storage key and stored variants text.</summary>
    public static async Task<List<(string StorageKey, string? Variants)>> MediaRowsAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = Open(file, SqliteOpenMode.ReadOnly);
        var rows = new List<(string, string?)>();
        if (await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'MediaFiles';", cancellationToken) is 0L)
        {
            return rows;
        }
        // A database an older portal made, not yet migrated, may lack the variants column (AddMediaVariants).
        var variants = await ScalarAsync(connection, "SELECT COUNT(*) FROM pragma_table_info('MediaFiles') WHERE name = 'Variants';", cancellationToken) is 0L
            ? "NULL"
            : "\"Variants\"";
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"StorageKey\", {variants} FROM \"MediaFiles\" ORDER BY \"Id\";";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }
        return rows;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
