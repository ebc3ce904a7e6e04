using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// Free tags on articles and the hand-picked "Tin liên quan", and the revisions' copies of both, so that a published
/// article's pending tags and picks wait in its draft like the rest of its content (ADR-001, ADR-011).
/// </summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261202110000_AddTagsAndRelatedPicks")]
public sealed class AddTagsAndRelatedPicks : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Tags",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                SearchKey = table.Column<string>(maxLength: 100, nullable: false, collation: FoldedTextCollation),
            },
            constraints: table => table.PrimaryKey("PK_Tags", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ArticleTags",
            columns: table => new
            {
                ArticleId = table.Column<int>(nullable: false),
                TagId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleTags", x => new { x.ArticleId, x.TagId });
                table.ForeignKey("FK_ArticleTags_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ArticleTags_Tags_TagId", x => x.TagId, "Tags", "Id", onDelete: ReferentialAction.Cascade);
            });

        // Two keys into Articles: only the owner's cascades (SQL Server refuses two cascading paths into one table).
        migrationBuilder.CreateTable(
            name: "ArticleRelatedPicks",
            columns: table => new
            {
                ArticleId = table.Column<int>(nullable: false),
                RelatedArticleId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleRelatedPicks", x => new { x.ArticleId, x.RelatedArticleId });
                table.ForeignKey("FK_ArticleRelatedPicks_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ArticleRelatedPicks_Articles_RelatedArticleId", x => x.RelatedArticleId, "Articles", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_Tags_Slug", "Tags", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_ArticleTags_TagId", "ArticleTags", "TagId");
        migrationBuilder.CreateIndex("IX_ArticleRelatedPicks_RelatedArticleId", "ArticleRelatedPicks", "RelatedArticleId");

        migrationBuilder.AddColumn<string>("Tags", "ArticleRevisions", maxLength: 1020, nullable: true);
        migrationBuilder.AddColumn<string>("RelatedArticleIds", "ArticleRevisions", maxLength: 200, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("RelatedArticleIds", "ArticleRevisions");
        migrationBuilder.DropColumn("Tags", "ArticleRevisions");
        migrationBuilder.DropTable("ArticleRelatedPicks");
        migrationBuilder.DropTable("ArticleTags");
        migrationBuilder.DropTable("Tags");
    }
}
