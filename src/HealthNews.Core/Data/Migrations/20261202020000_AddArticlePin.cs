using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

/// <summary>The home page's lead story: when an editor pinned an article (ADR-001).</summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261202020000_AddArticlePin")]
public sealed class AddArticlePin : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("PinnedAtUtc", "Articles", nullable: true);
        migrationBuilder.CreateIndex("IX_Articles_PinnedAtUtc", "Articles", "PinnedAtUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Articles_PinnedAtUtc", "Articles");
        migrationBuilder.DropColumn("PinnedAtUtc", "Articles");
    }
}
