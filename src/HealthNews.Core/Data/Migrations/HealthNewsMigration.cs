using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// One set of hand-written migrations for the three providers (ADR-001, ADR-009). Columns name no store type, so each
/// provider maps the CLR type; the few things only SQL Server needs are asked for here, by name.
/// </summary>
public abstract class HealthNewsMigration : Migration
{
    /// <summary>The annotation that makes an integer key an IDENTITY column on SQL Server; other providers ignore it.</summary>
    protected const string SqlServerIdentity = "SqlServer:Identity";

    protected const string SqlServerIdentitySeed = "1, 1";

    /// <summary>
    /// A hand-written migration has no target model; without the version a scaffolded one carries, SQL Server's
    /// generator falls back to EF 1's habit of filtering every unique index with "IS NOT NULL".
    /// </summary>
    protected override void BuildTargetModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasAnnotation("ProductVersion", ProductInfo.GetVersion());
    }

    protected bool IsSqlServer => ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";

    protected bool IsSqlite => ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";

    protected bool IsPostgreSql => ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// The length of a string key without a declared one. SQL Server can't index nvarchar(max), so its provider maps
    /// key columns to nvarchar(450); SQLite and PostgreSQL keep unbounded text.
    /// </summary>
    protected int? StringKeyLength => IsSqlServer ? 450 : null;

    /// <summary>
    /// SQL Server lets a unique index hold one NULL only; like its provider, leave NULLs out of the index there.
    /// SQLite and PostgreSQL already allow many NULLs in a unique index.
    /// </summary>
    protected string? UniqueWhenNotNull(string column) => IsSqlServer ? $"[{column}] IS NOT NULL" : null;

    /// <summary>The collation of folded text on SQL Server: Vietnamese, case- and accent-insensitive (ADR-009).</summary>
    protected string? FoldedTextCollation => IsSqlServer ? ProviderNeutral.SqlServerFoldedCollation : null;
}
