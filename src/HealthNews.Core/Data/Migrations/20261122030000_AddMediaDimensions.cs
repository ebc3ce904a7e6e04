using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

/// <summary>Images' width and height, for width/height attributes that keep pages from jumping as images load (ADR-001).</summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261122030000_AddMediaDimensions")]
public sealed class AddMediaDimensions : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Width", "MediaFiles", nullable: true);
        migrationBuilder.AddColumn<int>("Height", "MediaFiles", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("Width", "MediaFiles");
        migrationBuilder.DropColumn("Height", "MediaFiles");
    }
}
