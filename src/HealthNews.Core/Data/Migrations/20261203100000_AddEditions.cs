using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// The English edition (ADR-017): every article and poll belongs to a language, an article may translate one in the other
/// language, categories get an English name and slug (filled from the Vietnamese ones until an editor translates them),
/// and slugs are unique per edition. The public indexes lead with the language, as every public query now names it.
/// </summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261203100000_AddEditions")]
public sealed class AddEditions : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Language", "Articles", maxLength: 8, nullable: false, defaultValue: "vi");
        if (IsSqlite)
        {
            // SQLite adds a key to an existing table only with the column; EF would rebuild the table and lose its
            // full-text triggers (ADR-010).
            migrationBuilder.Sql("ALTER TABLE \"Articles\" ADD COLUMN \"TranslationOfId\" INTEGER NULL REFERENCES \"Articles\" (\"Id\") ON DELETE RESTRICT;");
        }
        else
        {
            migrationBuilder.AddColumn<int>("TranslationOfId", "Articles", nullable: true);
            migrationBuilder.AddForeignKey("FK_Articles_Articles_TranslationOfId", "Articles", "TranslationOfId", "Articles",
                principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }

        migrationBuilder.DropIndex("IX_Articles_Slug", "Articles");
        migrationBuilder.DropIndex("IX_Articles_Status_PublishedAtUtc", "Articles");
        migrationBuilder.DropIndex("IX_Articles_CategoryId_Status_PublishedAtUtc", "Articles");
        migrationBuilder.CreateIndex("IX_Articles_Language_Slug", "Articles", ["Language", "Slug"], unique: true);
        migrationBuilder.CreateIndex("IX_Articles_Language_Status_PublishedAtUtc", "Articles", ["Language", "Status", "PublishedAtUtc"]);
        migrationBuilder.CreateIndex("IX_Articles_CategoryId_Language_Status_PublishedAtUtc", "Articles",
            ["CategoryId", "Language", "Status", "PublishedAtUtc"]);
        migrationBuilder.CreateIndex("IX_Articles_TranslationOfId", "Articles", "TranslationOfId", unique: true,
            filter: UniqueWhenNotNull("TranslationOfId"));

        migrationBuilder.DropIndex("IX_ArticleSlugRedirects_OldSlug", "ArticleSlugRedirects");
        migrationBuilder.CreateIndex("IX_ArticleSlugRedirects_OldSlug", "ArticleSlugRedirects", "OldSlug");

        migrationBuilder.AddColumn<string>("EnglishName", "Categories", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("EnglishSlug", "Categories", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.Sql(IsSqlServer
            ? "UPDATE [Categories] SET [EnglishName] = [Name], [EnglishSlug] = [Slug];"
            : "UPDATE \"Categories\" SET \"EnglishName\" = \"Name\", \"EnglishSlug\" = \"Slug\";");
        migrationBuilder.CreateIndex("IX_Categories_EnglishSlug", "Categories", "EnglishSlug", unique: true);

        migrationBuilder.AddColumn<string>("Language", "Polls", maxLength: 8, nullable: false, defaultValue: "vi");

        if (IsSqlite)
        {
            // Search checks each hit in this index, which must now cover the language too (ADR-010).
            migrationBuilder.Sql($"""DROP INDEX "{AddArticleSearchCover.CoverIndex}" """);
            migrationBuilder.Sql(FullTextSearch.SqliteCoverCreate);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (IsSqlite)
        {
            migrationBuilder.Sql($"""DROP INDEX "{FullTextSearch.SqliteCoverIndex}" """);
            migrationBuilder.Sql($"""CREATE INDEX "{AddArticleSearchCover.CoverIndex}" ON "Articles" ("Id", "Status", "PublishedAtUtc", "CategoryId")""");
        }
        migrationBuilder.DropColumn("Language", "Polls");
        migrationBuilder.DropIndex("IX_Categories_EnglishSlug", "Categories");
        migrationBuilder.DropColumn("EnglishSlug", "Categories");
        migrationBuilder.DropColumn("EnglishName", "Categories");
        migrationBuilder.DropIndex("IX_ArticleSlugRedirects_OldSlug", "ArticleSlugRedirects");
        migrationBuilder.CreateIndex("IX_ArticleSlugRedirects_OldSlug", "ArticleSlugRedirects", "OldSlug", unique: true);
        migrationBuilder.DropIndex("IX_Articles_TranslationOfId", "Articles");
        migrationBuilder.DropIndex("IX_Articles_CategoryId_Language_Status_PublishedAtUtc", "Articles");
        migrationBuilder.DropIndex("IX_Articles_Language_Status_PublishedAtUtc", "Articles");
        migrationBuilder.DropIndex("IX_Articles_Language_Slug", "Articles");
        migrationBuilder.CreateIndex("IX_Articles_CategoryId_Status_PublishedAtUtc", "Articles", ["CategoryId", "Status", "PublishedAtUtc"]);
        migrationBuilder.CreateIndex("IX_Articles_Status_PublishedAtUtc", "Articles", ["Status", "PublishedAtUtc"]);
        migrationBuilder.CreateIndex("IX_Articles_Slug", "Articles", "Slug", unique: true);
        if (!IsSqlite)
        {
            migrationBuilder.DropForeignKey("FK_Articles_Articles_TranslationOfId", "Articles");
        }
        migrationBuilder.DropColumn("TranslationOfId", "Articles");
        migrationBuilder.DropColumn("Language", "Articles");
    }
}
