using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// "Trả lại phóng viên" with a reason: why, when and by whom an article was sent back (cleared when it is sent for review
/// again), and when it was last sent for review, for the editors' queue; an index that finds an article's events in the
/// audit trail, for its history page (ADR-001). Plain nullable columns: no provider needs anything of its own.
/// </summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261202100000_AddReturnReason")]
public sealed class AddReturnReason : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("SubmittedAtUtc", "Articles", nullable: true);
        migrationBuilder.AddColumn<string>("ReturnReason", "Articles", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<DateTime>("ReturnedAtUtc", "Articles", nullable: true);
        migrationBuilder.AddColumn<string>("ReturnedByName", "Articles", maxLength: 200, nullable: true);
        migrationBuilder.CreateIndex("IX_AuditEvents_EntityType_EntityId", "AuditEvents", ["EntityType", "EntityId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_AuditEvents_EntityType_EntityId", "AuditEvents");
        migrationBuilder.DropColumn("ReturnedByName", "Articles");
        migrationBuilder.DropColumn("ReturnedAtUtc", "Articles");
        migrationBuilder.DropColumn("ReturnReason", "Articles");
        migrationBuilder.DropColumn("SubmittedAtUtc", "Articles");
    }
}
