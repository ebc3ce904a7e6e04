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
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (IsSqlite)
        {
            migrationBuilder.Sql(FullTextSearch.SqliteCoverCreate);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (IsSqlite)
        {
            migrationBuilder.Sql($"""DROP INDEX "{FullTextSearch.SqliteCoverIndex}" """);
        }
    }
}
