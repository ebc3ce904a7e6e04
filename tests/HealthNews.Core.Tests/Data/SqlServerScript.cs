using System.Text.RegularExpressions;

namespace HealthNews.Core.Tests.Data;

/// <summary>
/// The schema that a T-SQL script written by EF's SQL Server generator builds, read statement by statement into the
/// same kind of sorted lines as <see cref="SchemaSnapshot"/>: so a script can be checked without a SQL Server. A DDL
/// statement it does not understand is an error, never skipped.
/// </summary>
public sealed partial class SqlServerScript
{
    private SqlServerScript(string text) => Text = text;

    public string Text { get; }

    /// <summary>"column T.C type [COLLATE c] NULL|NOT NULL [IDENTITY]", "primary key …", "foreign key …", "index …".</summary>
    public SortedSet<string> Schema { get; } = new(StringComparer.Ordinal);

    public List<ForeignKey> ForeignKeys { get; } = [];

    public List<Index> Indexes { get; } = [];

    public List<PrimaryKey> PrimaryKeys { get; } = [];

    /// <summary>Each column, by "Table.Column".</summary>
    public Dictionary<string, Column> Columns { get; } = new(StringComparer.Ordinal);

    public static SqlServerScript Parse(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var result = new SqlServerScript(script);
        string? table = null;
        var historyTable = false;
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.Trim().TrimEnd(';').Trim();
            if (table is not null || historyTable)
            {
                if (line == ")")
                {
                    (table, historyTable) = (null, false);
                }
                else if (table is not null)
                {
                    result.ReadTableLine(table, line.TrimEnd(','));
                }
                continue;
            }
            if (CreateTable().Match(line) is { Success: true } create)
            {
                table = create.Groups[1].Value;
                historyTable = table.StartsWith("__EF", StringComparison.Ordinal);
                table = historyTable ? null : table;
            }
            else if (AddConstraint().Match(line) is { Success: true } constraint)
            {
                result.ReadTableLine(constraint.Groups[1].Value, constraint.Groups[2].Value);
            }
            else if (DropIndex().Match(line) is { Success: true } drop)
            {
                var (name, indexed) = (drop.Groups[1].Value, drop.Groups[2].Value);
                result.Indexes.RemoveAll(i => i.Name == name && i.Table == indexed);
                result.Schema.RemoveWhere(l => l.StartsWith($"index {indexed}.{name} ", StringComparison.Ordinal));
            }
            else if (UpdateRows().IsMatch(line))
            {
                continue; // data, not schema: a migration filling a new column
            }
            else if (AddColumn().Match(line) is { Success: true } add)
            {
                result.AddColumn(add.Groups[1].Value, add.Groups[2].Value);
            }
            else if (CreateIndex().Match(line) is { Success: true } index)
            {
                var filter = index.Groups[5].Success ? index.Groups[5].Value : null;
                var item = new Index(index.Groups[2].Value, index.Groups[3].Value, Names(index.Groups[4].Value), index.Groups[1].Success, filter);
                result.Indexes.Add(item);
                result.Schema.Add($"index {item.Table}.{item.Name} ({string.Join(", ", item.Columns)}){(item.Unique ? " unique" : "")}{(filter is null ? "" : " where " + filter)}");
            }
            else if (IsDdl().IsMatch(line))
            {
                throw new FormatException($"A DDL statement the reader does not know: {line}");
            }
        }
        return result;
    }

    private void ReadTableLine(string table, string line)
    {
        if (PrimaryKeyLine().Match(line) is { Success: true } pk)
        {
            var item = new PrimaryKey(pk.Groups[1].Value, table, Names(pk.Groups[2].Value));
            PrimaryKeys.Add(item);
            Schema.Add($"primary key {table}.{item.Name} ({string.Join(", ", item.Columns)})");
        }
        else if (ForeignKeyLine().Match(line) is { Success: true } fk)
        {
            var item = new ForeignKey(fk.Groups[1].Value, table, Names(fk.Groups[2].Value), fk.Groups[3].Value, fk.Groups[5].Value);
            ForeignKeys.Add(item);
            Schema.Add($"foreign key {table}.{item.Name} ({string.Join(", ", item.Columns)}) references {item.Principal} ({fk.Groups[4].Value}) on delete {item.OnDelete}");
        }
        else if (line.StartsWith('['))
        {
            AddColumn(table, line);
        }
        else
        {
            throw new FormatException($"A line of CREATE TABLE [{table}] the reader does not know: {line}");
        }
    }

    private void AddColumn(string table, string definition)
    {
        var match = ColumnDefinition().Match(definition);
        if (!match.Success)
        {
            throw new FormatException($"A column of [{table}] the reader does not know: {definition}");
        }
        var (name, type, rest) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value.Trim());
        Columns[$"{table}.{name}"] = new Column(type, !rest.Contains("NOT NULL", StringComparison.Ordinal));
        Schema.Add($"column {table}.{name} {type} {rest}".TrimEnd());
    }

    /// <summary>
    /// What SQL Server refuses when it creates the foreign keys (error 1785): a table that a delete reaches by two cascading
    /// paths from one table, or a cycle of cascading keys (a cascading self-reference included).
    /// </summary>
    public static IReadOnlyList<string> CascadeProblems(IEnumerable<ForeignKey> foreignKeys)
    {
        var edges = foreignKeys.Where(fk => fk.Cascades).ToLookup(fk => fk.Principal);
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Select(e => e.Key))
        {
            var paths = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            void Walk(string table, string path, HashSet<string> onPath)
            {
                foreach (var fk in edges[table])
                {
                    var next = $"{path} -> {fk.Dependent} ({fk.Name})";
                    if (!onPath.Add(fk.Dependent))
                    {
                        problems.Add($"cascade cycle: {next}");
                        continue;
                    }
                    (paths.TryGetValue(fk.Dependent, out var list) ? list : paths[fk.Dependent] = []).Add(next);
                    Walk(fk.Dependent, next, onPath);
                    onPath.Remove(fk.Dependent);
                }
            }
            Walk(start, start, new HashSet<string>(StringComparer.Ordinal) { start });
            foreach (var (table, list) in paths.Where(p => p.Value.Count > 1))
            {
                problems.Add($"{list.Count} cascade paths from {start} to {table}: {string.Join(" | ", list)}");
            }
        }
        return problems.ToList();
    }

    private static string[] Names(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim('[', ']')).ToArray();

    public sealed record ForeignKey(string Name, string Dependent, string[] Columns, string Principal, string OnDelete)
    {
        /// <summary>Deleting a principal row changes dependent rows (CASCADE or SET NULL/DEFAULT): SQL Server traces these paths.</summary>
        public bool Cascades => OnDelete != "NO ACTION";
    }

    public sealed record Column(string Type, bool Nullable);

    public sealed record PrimaryKey(string Name, string Table, string[] Columns);

    public sealed record Index(string Name, string Table, string[] Columns, bool Unique, string? Filter);

    [GeneratedRegex(@"^CREATE TABLE \[([^\]]+)\] \($")]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^ALTER TABLE \[([^\]]+)\] ADD (CONSTRAINT .+)$")]
    private static partial Regex AddConstraint();

    [GeneratedRegex(@"^DROP INDEX \[([^\]]+)\] ON \[([^\]]+)\]$")]
    private static partial Regex DropIndex();

    [GeneratedRegex(@"^UPDATE \[[^\]]+\] SET ")]
    private static partial Regex UpdateRows();

    [GeneratedRegex(@"^ALTER TABLE \[([^\]]+)\] ADD (\[.+)$")]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"^CREATE (UNIQUE )?INDEX \[([^\]]+)\] ON \[([^\]]+)\] \(([^)]+)\)(?: WHERE (.+))?$")]
    private static partial Regex CreateIndex();

    [GeneratedRegex(@"^CONSTRAINT \[([^\]]+)\] PRIMARY KEY \(([^)]+)\)$")]
    private static partial Regex PrimaryKeyLine();

    [GeneratedRegex(@"^CONSTRAINT \[([^\]]+)\] FOREIGN KEY \(([^)]+)\) REFERENCES \[([^\]]+)\] \(([^)]+)\) ON DELETE (CASCADE|NO ACTION|SET NULL|SET DEFAULT)$")]
    private static partial Regex ForeignKeyLine();

    [GeneratedRegex(@"^\[([^\]]+)\] (\w+(?:\((?:max|\d+(?:, ?\d+)?)\))?) ?(.*)$")]
    private static partial Regex ColumnDefinition();

    [GeneratedRegex(@"^(CREATE|ALTER|DROP|EXEC|EXECUTE|DECLARE|SET|UPDATE|DELETE|MERGE|TRUNCATE|GRANT|DENY)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsDdl();
}
