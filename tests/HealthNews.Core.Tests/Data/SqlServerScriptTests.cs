using System.Text.RegularExpressions;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Data.Migrations;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HealthNews.Core.Tests.Data;

/// <summary>
/// SQL Server without a SQL Server: the migrations' T-SQL and the model's, generated offline by EF's own SQL Server
/// generator and read back, must describe the same schema and one that SQL Server accepts (ADR-009). The same data tests
/// as SQLite's and PostgreSQL's run on a real server when HEALTHNEWS_TEST_SQLSERVER names one.
/// </summary>
public sealed partial class SqlServerScriptTests
{
    private static readonly Lazy<(SqlServerScript Migrations, SqlServerScript Model, IModel Types)> Scripts = new(() =>
    {
        using var db = OfflineContext();
        return (SqlServerScript.Parse(MigrationRunner.Script(db, idempotent: false)),
            SqlServerScript.Parse(db.Database.GenerateCreateScript()),
            db.Model);
    });

    private static SqlServerScript Migrations => Scripts.Value.Migrations;

    [Fact]
    public void MigrationScriptBuildsExactlyTheSchemaTheModelDescribes()
    {
        var expected = Scripts.Value.Model.Schema;
        var actual = Migrations.Schema;

        SchemaSnapshot.AssertSame(expected, actual);
        Assert.Contains("column Articles.Title nvarchar(500) NOT NULL", actual); // the reader really read something
        Assert.Contains(actual, line => line.StartsWith("index Articles.IX_Articles_Language_Slug ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheScriptStoresNoTextAsVarcharOrText()
    {
        Assert.DoesNotMatch(NarrowText(), Migrations.Text);
        Assert.DoesNotContain(Migrations.Columns, c => c.Value.Type is "text" or "ntext" || c.Value.Type.StartsWith("varchar", StringComparison.Ordinal) || c.Value.Type.StartsWith("char", StringComparison.Ordinal));
        var stringColumns = Scripts.Value.Types.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => $"{t.GetTableName()}.{p.GetColumnName()}"))
            .ToList();
        Assert.True(stringColumns.Count > 50, $"only {stringColumns.Count} text columns found");
        Assert.All(stringColumns, column => Assert.StartsWith("nvarchar(", Migrations.Columns[column].Type, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryIndexKeyAndForeignKeyOfTheModelIsInTheScript()
    {
        var tables = Scripts.Value.Types.GetRelationalModel().Tables.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var indexes = Migrations.Indexes.ToDictionary(i => i.Name);
        var foreignKeys = Migrations.ForeignKeys.ToDictionary(f => f.Name);

        Assert.Equal(tables.Sum(t => t.Indexes.Count()), Migrations.Indexes.Count);
        foreach (var index in tables.SelectMany(t => t.Indexes))
        {
            Assert.True(indexes.TryGetValue(index.Name, out var found), $"index {index.Name} is missing");
            Assert.Equal((index.Table.Name, string.Join(", ", index.Columns.Select(c => c.Name)), index.IsUnique), (found.Table, string.Join(", ", found.Columns), found.Unique));
        }
        Assert.Equal(tables.Sum(t => t.ForeignKeyConstraints.Count()), Migrations.ForeignKeys.Count);
        foreach (var fk in tables.SelectMany(t => t.ForeignKeyConstraints))
        {
            Assert.True(foreignKeys.TryGetValue(fk.Name, out var found), $"foreign key {fk.Name} is missing");
            Assert.Equal((fk.Table.Name, fk.PrincipalTable.Name), (found.Dependent, found.Principal));
        }
        var primaryKeys = Migrations.PrimaryKeys.ToDictionary(k => k.Table);
        Assert.All(tables, t => Assert.Equal(t.PrimaryKey!.Columns.Select(c => c.Name), primaryKeys[t.Name].Columns));
    }

    [Fact]
    public void EveryKeyAndIndexColumnHasALengthSqlServerCanIndex()
    {
        var keyed = Migrations.Indexes.SelectMany(i => i.Columns.Select(c => $"{i.Table}.{c}"))
            .Concat(Migrations.ForeignKeys.SelectMany(f => f.Columns.Select(c => $"{f.Dependent}.{c}")))
            .Concat(Migrations.PrimaryKeys.SelectMany(k => k.Columns.Select(c => $"{k.Table}.{c}")))
            .Distinct().ToList();

        Assert.True(keyed.Count > 40, $"only {keyed.Count} indexed columns found");
        Assert.All(keyed, column => Assert.DoesNotContain("(max)", Migrations.Columns[column].Type, StringComparison.Ordinal));
        // Non-clustered index keys may hold at most 1700 bytes (2 bytes a character in nvarchar), clustered ones (the
        // primary keys) 900. Identity's composite keys of user and role ids are declared wider, on every SQL Server
        // that runs ASP.NET Core Identity: SQL Server warns when it makes them, and the values (GUIDs, 36 characters;
        // a provider's name) stay far below the limit (ADR-009). Only those may exceed it.
        foreach (var index in Migrations.Indexes)
        {
            var bytes = index.Columns.Sum(c => KeyBytes(Migrations.Columns[$"{index.Table}.{c}"].Type));
            Assert.True(bytes <= 1700, $"index {index.Name} may need {bytes} bytes");
        }
        string[] identityKeys = ["PK_AspNetUserLogins", "PK_AspNetUserRoles", "PK_AspNetUserTokens"];
        var wide = Migrations.PrimaryKeys.Where(k => k.Columns.Sum(c => KeyBytes(Migrations.Columns[$"{k.Table}.{c}"].Type)) > 900).Select(k => k.Name);
        Assert.Equal(identityKeys, wide.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UniqueIndexesLeaveNullsOutAndOnlyOnNullableColumns()
    {
        foreach (var index in Migrations.Indexes.Where(i => i.Unique))
        {
            var nullable = index.Columns.Where(c => Migrations.Columns[$"{index.Table}.{c}"].Nullable).ToList();
            var expected = nullable.Count == 0 ? null : string.Join(" AND ", nullable.Select(c => $"[{c}] IS NOT NULL"));
            Assert.True(expected == index.Filter, $"{index.Name}: filter '{index.Filter}', expected '{expected}'");
        }
        Assert.Contains(Migrations.Indexes, i => i is { Name: "UserNameIndex", Filter: "[NormalizedUserName] IS NOT NULL" });
    }

    [Fact]
    public void NoTableIsReachedByTwoCascadePathsOrACycle()
    {
        Assert.Contains(Migrations.ForeignKeys, fk => fk.Cascades); // there are cascades to trace
        Assert.Empty(SqlServerScript.CascadeProblems(Migrations.ForeignKeys));
    }

    [Fact]
    public void TheCascadeCheckFindsWhatSqlServerRefuses()
    {
        static SqlServerScript.ForeignKey Fk(string name, string dependent, string principal, string onDelete = "CASCADE") =>
            new(name, dependent, ["x"], principal, onDelete);
        List<SqlServerScript.ForeignKey> polls = [Fk("a", "PollOptions", "Polls"), Fk("b", "PollBallots", "Polls"), Fk("c", "PollBallotChoices", "PollBallots")];

        Assert.Empty(SqlServerScript.CascadeProblems([.. polls, Fk("d", "PollBallotChoices", "PollOptions", "NO ACTION")]));
        var twoPaths = Assert.Single(SqlServerScript.CascadeProblems([.. polls, Fk("d", "PollBallotChoices", "PollOptions")]));
        Assert.StartsWith("2 cascade paths from Polls to PollBallotChoices", twoPaths, StringComparison.Ordinal);
        Assert.Contains(SqlServerScript.CascadeProblems([Fk("p", "Categories", "Categories", "SET NULL")]), p => p.StartsWith("cascade cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void TypesFitSqlServer()
    {
        string Type(string column) => Migrations.Columns[column].Type;
        Assert.Equal("datetime2", Type("Articles.PublishedAtUtc"));
        Assert.Equal("datetimeoffset", Type("AspNetUsers.LockoutEnd"));
        Assert.Equal("uniqueidentifier", Type("Articles.ConcurrencyStamp"));
        Assert.Equal("nvarchar(max)", Type("Articles.Body"));
        Assert.Contains($"column Articles.SearchKey nvarchar({FieldLimits.Article.SearchKey}) COLLATE {ProviderNeutral.SqlServerFoldedCollation} NOT NULL", Migrations.Schema);
        // Every integer key the model generates is an IDENTITY column.
        var generated = Scripts.Value.Types.GetEntityTypes()
            .Select(t => (Table: t.GetTableName(), Key: t.FindPrimaryKey()!.Properties))
            .Where(k => k.Key is [{ ValueGenerated: ValueGenerated.OnAdd } p] && (p.ClrType == typeof(int) || p.ClrType == typeof(long)))
            .Select(k => $"{k.Table}.{k.Key[0].GetColumnName()}").ToList();
        Assert.True(generated.Count >= 10, $"only {generated.Count} generated keys");
        Assert.All(generated, column => Assert.Contains(Migrations.Schema, l => l.StartsWith($"column {column} ", StringComparison.Ordinal) && l.EndsWith(" NOT NULL IDENTITY", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheIdempotentScriptGuardsEveryMigration()
    {
        using var db = OfflineContext();
        var script = MigrationRunner.Script(db, idempotent: true);

        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
        }
    }

    private static HealthNewsDbContext OfflineContext()
    {
        // Nothing connects: the scripts come from EF's SQL Server generator alone.
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        new DatabaseSettings(DatabaseOptions.SqlServer, "Server=offline.invalid;Database=HealthNews").Configure(options);
        return new HealthNewsDbContext(options.Options);
    }

    private static int KeyBytes(string type) => type switch
    {
        "int" => 4,
        "bigint" => 8,
        "bit" => 1,
        "datetime2" => 8,
        "uniqueidentifier" => 16,
        _ when type.StartsWith("nvarchar(", StringComparison.Ordinal) => 2 * int.Parse(type[9..^1], System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no size known for {type}", nameof(type)),
    };

    // A column, variable or cast of a non-Unicode or legacy text type: "] varchar(", " AS char(", "] text NULL".
    [GeneratedRegex(@"[\]\s](varchar|char|text|ntext)\b(?!\])", RegexOptions.IgnoreCase)]
    private static partial Regex NarrowText();
}
