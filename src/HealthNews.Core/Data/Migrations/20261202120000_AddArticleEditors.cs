using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HealthNews.Core.Data.Migrations;

/// <summary>Who has an article open in the editor, so that a second editor is told (ADR-001).</summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261202120000_AddArticleEditors")]
public sealed class AddArticleEditors : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ArticleEditors",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                ArticleId = table.Column<int>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                UserName = table.Column<string>(maxLength: 200, nullable: false),
                SeenAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleEditors", x => x.Id);
                table.ForeignKey("FK_ArticleEditors_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ArticleEditors_ArticleId_UserId", "ArticleEditors", ["ArticleId", "UserId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ArticleEditors");
}
