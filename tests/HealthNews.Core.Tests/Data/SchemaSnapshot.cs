using System.Data.Common;

namespace HealthNews.Core.Tests.Data;

/// <summary>
/// A database's schema as sorted lines (tables, columns with type and nullability, keys, indexes, foreign keys),
/// read from the database itself, so that two databases can be compared line by line.
/// </summary>
public static class SchemaSnapshot
{
    public static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
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
