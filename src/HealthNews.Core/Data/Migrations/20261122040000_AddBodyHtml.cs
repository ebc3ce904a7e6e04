using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// The article body as HTML, rendered when it is saved, so that a reader's request neither parses Markdown nor looks
/// up image sizes (ADR-001; docs/benchmarks.md). Existing rows stay null and are rendered on the fly until next saved.
/// </summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261122040000_AddBodyHtml")]
public sealed class AddBodyHtml : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("BodyHtml", "Articles", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("BodyHtml", "Articles");
}
