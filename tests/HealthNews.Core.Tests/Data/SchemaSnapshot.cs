using System.Data.Common;
using HealthNews.Core.Configuration;

namespace HealthNews.Core.Tests.Data;

/// <summary>
/// A database's schema as sorted lines (tables, columns with type and nullability, keys, indexes, foreign keys),
/// read from the database itself, so that two databases can be compared line by line.
/// </summary>
public static class SchemaSnapshot
{
    public static async Task<SortedSet<string>> ReadAsync(DbConnection connection, string provider)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
        return provider == DatabaseOptions.Sqlite ? await ReadSqliteAsync(connection) : await ReadPostgreSqlAsync(connection);
    }

    private static async Task<SortedSet<string>> ReadPostgreSqlAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in await QueryAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND left(table_name, 4) <> '__EF'",
            r => r.GetString(0)))
        {
            lines.Add($"table {table}");
        }
        foreach (var column in await QueryAsync(connection,
            """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length, 0), is_nullable, coalesce(column_default, ''),
                   is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND left(table_name, 4) <> '__EF'
            """,
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)} default={r.GetString(5)} identity={r.GetString(6)} {r.GetString(7)}"))
        {
            lines.Add(column);
        }
        foreach (var index in await QueryAsync(connection,
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND left(tablename, 4) <> '__EF'",
            r => $"index {r.GetString(0)} {r.GetString(1)} {r.GetString(2)}"))
        {
            lines.Add(index);
        }
        foreach (var constraint in await QueryAsync(connection,
            """
            SELECT rel.relname, con.conname, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public' AND con.contype IN ('p', 'f', 'u', 'c') AND left(rel.relname, 4) <> '__EF'
            """,
            r => $"constraint {r.GetString(0)} {r.GetString(1)} {r.GetString(2)}"))
        {
            lines.Add(constraint);
        }
        return lines;
    }

    private static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await QueryAsync(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'",
            r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var (table, sql) in tables)
        {
            lines.Add($"table {table}");
            if (sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add($"autoincrement {table}");
            }
            foreach (var column in await QueryAsync(connection, $"PRAGMA table_info('{table}')",
                r => $"column {table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)} default={(r.IsDBNull(4) ? "" : r.GetString(4))}"))
            {
                lines.Add(column);
            }
            foreach (var (name, unique) in await QueryAsync(connection, $"PRAGMA index_list('{table}')",
                r => (Name: r.GetString(1), Unique: r.GetInt64(2))))
            {
                var columns = await QueryAsync(connection, $"PRAGMA index_info('{name}')", r => r.GetString(2));
                lines.Add($"index {table} {(name.StartsWith("sqlite_autoindex", StringComparison.Ordinal) ? "(auto)" : name)} unique={unique} ({string.Join(", ", columns)})");
            }
            foreach (var fk in await QueryAsync(connection, $"PRAGMA foreign_key_list('{table}')",
                r => $"fk {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"))
            {
                lines.Add(fk);
            }
        }
        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    public static string Describe(IEnumerable<string> missing, IEnumerable<string> extra) =>
        "Only in the model (EnsureCreated):\n  " + string.Join("\n  ", missing) +
        "\nOnly in the migrations:\n  " + string.Join("\n  ", extra);

}
