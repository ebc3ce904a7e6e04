using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HealthNews.Core.Data.Migrations;

/// <summary>Where addresses of the old portal lead, for those whose slug differs here (ADR-001).</summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261202010000_AddOldAddresses")]
public sealed class AddOldAddresses : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OldAddresses",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                OldSlug = table.Column<string>(maxLength: 200, nullable: false),
                TargetPath = table.Column<string>(maxLength: 500, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OldAddresses", x => x.Id));
        migrationBuilder.CreateIndex("IX_OldAddresses_OldSlug", "OldAddresses", "OldSlug", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("OldAddresses");
}
