using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// Written by hand (no <c>dotnet ef</c> here). Columns name no store type, so each provider maps the CLR type;
/// keys carry each provider's identity annotation (see HealthNewsMigration). <c>SchemaDriftTests</c> compares the result with the model.
/// </summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261122000000_InitialCreate")]
public sealed class InitialCreate : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Categories",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                ParentId = table.Column<int>(nullable: true),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Categories", x => x.Id);
                table.ForeignKey("FK_Categories_Categories_ParentId", x => x.ParentId, "Categories", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "MediaFiles",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                AltText = table.Column<string>(maxLength: 500, nullable: true),
                Caption = table.Column<string>(maxLength: 1000, nullable: true),
                StorageKey = table.Column<string>(maxLength: 500, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MediaFiles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                Title = table.Column<string>(maxLength: 500, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Summary = table.Column<string>(maxLength: 2000, nullable: true),
                Body = table.Column<string>(nullable: false),
                CategoryId = table.Column<int>(nullable: false),
                AuthorName = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                PublishedAtUtc = table.Column<DateTime>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                FeaturedImageId = table.Column<int>(nullable: true),
                FeaturedImageAlt = table.Column<string>(maxLength: 500, nullable: true),
                FeaturedImageCaption = table.Column<string>(maxLength: 1000, nullable: true),
                SearchKey = table.Column<string>(maxLength: 3000, nullable: false, collation: FoldedTextCollation),
                ConcurrencyStamp = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Articles", x => x.Id);
                table.ForeignKey("FK_Articles_Categories_CategoryId", x => x.CategoryId, "Categories", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Articles_MediaFiles_FeaturedImageId", x => x.FeaturedImageId, "MediaFiles", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "ArticleAttachments",
            columns: table => new
            {
                ArticleId = table.Column<int>(nullable: false),
                MediaFileId = table.Column<int>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleAttachments", x => new { x.ArticleId, x.MediaFileId });
                table.ForeignKey("FK_ArticleAttachments_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ArticleAttachments_MediaFiles_MediaFileId", x => x.MediaFileId, "MediaFiles", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_Categories_Slug", "Categories", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_Categories_ParentId_SortOrder", "Categories", new[] { "ParentId", "SortOrder" });
        migrationBuilder.CreateIndex("IX_MediaFiles_StorageKey", "MediaFiles", "StorageKey", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_Slug", "Articles", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_Status_PublishedAtUtc", "Articles", new[] { "Status", "PublishedAtUtc" });
        migrationBuilder.CreateIndex("IX_Articles_CategoryId_Status_PublishedAtUtc", "Articles", new[] { "CategoryId", "Status", "PublishedAtUtc" });
        migrationBuilder.CreateIndex("IX_Articles_FeaturedImageId", "Articles", "FeaturedImageId");
        migrationBuilder.CreateIndex("IX_ArticleAttachments_MediaFileId", "ArticleAttachments", "MediaFileId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ArticleAttachments");
        migrationBuilder.DropTable("Articles");
        migrationBuilder.DropTable("MediaFiles");
        migrationBuilder.DropTable("Categories");
    }
}
