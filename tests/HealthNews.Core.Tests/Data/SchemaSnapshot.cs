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
        return provider switch
        {
            DatabaseOptions.Sqlite => await ReadSqliteAsync(connection),
            DatabaseOptions.PostgreSql => await ReadPostgreSqlAsync(connection),
            _ => await ReadSqlServerAsync(connection),
        };
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

    private static async Task<SortedSet<string>> ReadSqlServerAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        const string UserTables = "t.is_ms_shipped = 0 AND t.name NOT LIKE '[_][_]EF%'";
        foreach (var line in await QueryAsync(connection, $"SELECT t.name FROM sys.tables t WHERE {UserTables}", r => $"table {r.GetString(0)}"))
        {
            lines.Add(line);
        }
        foreach (var line in await QueryAsync(connection,
            $"""
            SELECT t.name, c.name, ty.name, c.max_length, c.precision, c.scale, c.is_nullable, c.is_identity,
                   ISNULL(c.collation_name, ''), ISNULL(dc.definition, '')
            FROM sys.columns c
            JOIN sys.tables t ON t.object_id = c.object_id
            JOIN sys.types ty ON ty.user_type_id = c.user_type_id
            LEFT JOIN sys.default_constraints dc ON dc.object_id = c.default_object_id
            WHERE {UserTables}
            """,
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt16(3)},{r.GetByte(4)},{r.GetByte(5)}) nullable={r.GetBoolean(6)} identity={r.GetBoolean(7)} collation={r.GetString(8)} default={r.GetString(9)}"))
        {
            lines.Add(line);
        }
        foreach (var line in await QueryAsync(connection,
            $"""
            SELECT t.name, i.name, i.is_unique, i.is_primary_key, i.type_desc, ISNULL(i.filter_definition, ''),
                   STRING_AGG(c.name, ', ') WITHIN GROUP (ORDER BY ic.key_ordinal)
            FROM sys.indexes i
            JOIN sys.tables t ON t.object_id = i.object_id
            JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
            JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
            WHERE {UserTables} AND i.type > 0
            GROUP BY t.name, i.name, i.is_unique, i.is_primary_key, i.type_desc, i.filter_definition
            """,
            r => $"index {r.GetString(0)} {r.GetString(1)} unique={r.GetBoolean(2)} pk={r.GetBoolean(3)} {r.GetString(4)} ({r.GetString(6)}) filter={r.GetString(5)}"))
        {
            lines.Add(line);
        }
        foreach (var line in await QueryAsync(connection,
            """
            SELECT OBJECT_NAME(fk.parent_object_id), fk.name, OBJECT_NAME(fk.referenced_object_id), fk.delete_referential_action_desc,
                   STRING_AGG(COL_NAME(fkc.parent_object_id, fkc.parent_column_id), ', ') WITHIN GROUP (ORDER BY fkc.constraint_column_id)
            FROM sys.foreign_keys fk
            JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
            GROUP BY fk.parent_object_id, fk.name, fk.referenced_object_id, fk.delete_referential_action_desc
            """,
            r => $"fk {r.GetString(0)}.{r.GetString(1)} ({r.GetString(4)}) -> {r.GetString(2)} on delete {r.GetString(3)}"))
        {
            lines.Add(line);
        }
        return lines;
    }

    private static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await QueryAsync(connection,
            // The full-text index (an FTS5 table, its shadow tables and triggers) and search's covering index are not in the
            // model: ArticleSearchTests check them.
            $"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' AND name NOT LIKE '{HealthNews.Core.Data.FullTextSearch.SqliteTable}%'",
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
                if (name == HealthNews.Core.Data.FullTextSearch.SqliteCoverIndex)
                {
                    continue; // SQLite's covering index for search is made by its migration, not the model (ADR-010)
                }
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

    /// <summary>Fails with the lines only the model has and those only the migrations have.</summary>
    public static void AssertSame(SortedSet<string> fromModel, SortedSet<string> fromMigrations)
    {
        ArgumentNullException.ThrowIfNull(fromModel);
        ArgumentNullException.ThrowIfNull(fromMigrations);
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "Only in the model:\n  " + string.Join("\n  ", missing) + "\nOnly in the migrations:\n  " + string.Join("\n  ", extra));
    }

}
