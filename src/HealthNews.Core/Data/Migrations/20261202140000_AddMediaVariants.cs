using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

/// <summary>The resized copies of each image (ADR-013): made on upload, and for older images by <c>media-variants</c> (ADR-001).</summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261202140000_AddMediaVariants")]
public sealed class AddMediaVariants : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("Variants", "MediaFiles", maxLength: 100, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn("Variants", "MediaFiles");
}
