using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// SQLite only: an index that holds what search checks for each hit (visibility, category, date), so that a hit doesn't
/// read its article's row, whose long body spills into overflow pages that SQLite walks to reach the later columns
/// (ADR-010). PostgreSQL keeps long text out of line and needs none.
/// </summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261202030000_AddArticleSearchCover")]
public sealed class AddArticleSearchCover : HealthNewsMigration
{
    // The index as it was made then; AddEditions replaces it with one that also covers the language.
    internal const string CoverIndex = "IX_Articles_Id_Status_PublishedAtUtc_CategoryId";
    private const string CoverCreate = $"""CREATE INDEX "{CoverIndex}" ON "Articles" ("Id", "Status", "PublishedAtUtc", "CategoryId")""";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (IsSqlite)
        {
            migrationBuilder.Sql(CoverCreate);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (IsSqlite)
        {
            migrationBuilder.Sql($"""DROP INDEX "{CoverIndex}" """);
        }
    }
}
