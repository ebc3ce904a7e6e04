using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// Full-text search (ADR-010): the folded title, summary and body, and each database's own index over them. Existing
/// rows get their search text at the next start (DatabaseInitializer renders what has none).
/// </summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261202000000_AddArticleSearch")]
public sealed class AddArticleSearch : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("SearchTitle", "Articles", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>("SearchSummary", "Articles", maxLength: 2000, nullable: true);
        migrationBuilder.AddColumn<string>("SearchBody", "Articles", nullable: true);
        if (IsSqlite)
        {
            foreach (var sql in FullTextSearch.SqliteCreate)
            {
                migrationBuilder.Sql(sql);
            }
        }
        if (IsPostgreSql)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(FullTextSearch.PostgreSqlColumn, "Articles", nullable: true,
                computedColumnSql: FullTextSearch.PostgreSqlVector, stored: true);
            migrationBuilder.CreateIndex(FullTextSearch.PostgreSqlIndex, "Articles", FullTextSearch.PostgreSqlColumn)
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (IsSqlite)
        {
            foreach (var sql in FullTextSearch.SqliteDrop)
            {
                migrationBuilder.Sql(sql);
            }
        }
        if (IsPostgreSql)
        {
            migrationBuilder.DropIndex(FullTextSearch.PostgreSqlIndex, "Articles");
            migrationBuilder.DropColumn(FullTextSearch.PostgreSqlColumn, "Articles");
        }
        migrationBuilder.DropColumn("SearchTitle", "Articles");
        migrationBuilder.DropColumn("SearchSummary", "Articles");
        migrationBuilder.DropColumn("SearchBody", "Articles");
    }
}
