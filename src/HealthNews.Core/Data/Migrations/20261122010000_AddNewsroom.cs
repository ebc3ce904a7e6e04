using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// The newsroom: ASP.NET Core Identity's tables (schema version 1), article revisions, old-slug redirects, the audit
/// trail, and the article's author, submitter, SEO description and pending draft. Written by hand (ADR-001).
/// </summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261122010000_AddNewsroom")]
public sealed class AddNewsroom : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AspNetRoles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AspNetUsers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                RoleId = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                UserId = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                ProviderKey = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(maxLength: StringKeyLength, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                RoleId = table.Column<string>(maxLength: StringKeyLength, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                LoginProvider = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                Name = table.Column<string>(maxLength: StringKeyLength, nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ArticleRevisions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                ArticleId = table.Column<int>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 500, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Summary = table.Column<string>(maxLength: 2000, nullable: true),
                Body = table.Column<string>(nullable: false),
                CategoryId = table.Column<int>(nullable: false),
                FeaturedImageId = table.Column<int>(nullable: true),
                FeaturedImageAlt = table.Column<string>(maxLength: 500, nullable: true),
                FeaturedImageCaption = table.Column<string>(maxLength: 1000, nullable: true),
                SeoDescription = table.Column<string>(maxLength: 300, nullable: true),
                AttachmentIds = table.Column<string>(maxLength: 1000, nullable: false),
                Note = table.Column<string>(maxLength: 200, nullable: false),
                CreatedById = table.Column<string>(maxLength: 450, nullable: true),
                CreatedByName = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleRevisions", x => x.Id);
                table.ForeignKey("FK_ArticleRevisions_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ArticleSlugRedirects",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                OldSlug = table.Column<string>(maxLength: 200, nullable: false),
                ArticleId = table.Column<int>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleSlugRedirects", x => x.Id);
                table.ForeignKey("FK_ArticleSlugRedirects_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AuditEvents",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                OccurredAtUtc = table.Column<DateTime>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 64, nullable: false),
                EntityType = table.Column<string>(maxLength: 64, nullable: true),
                EntityId = table.Column<string>(maxLength: 64, nullable: true),
                Details = table.Column<string>(maxLength: 4000, nullable: false),
                IpAddress = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEvents", x => x.Id));

        migrationBuilder.AddColumn<string>("AuthorId", "Articles", maxLength: 450, nullable: true);
        migrationBuilder.AddColumn<string>("SeoDescription", "Articles", maxLength: 300, nullable: true);
        migrationBuilder.AddColumn<string>("SubmittedById", "Articles", maxLength: 450, nullable: true);
        migrationBuilder.AddColumn<int>("DraftRevisionId", "Articles", nullable: true);
        // AuthorId and DraftRevisionId carry no foreign key: SQLite can't add one to an existing table without the
        // rebuild that only scaffolded migrations can describe, and staff accounts are locked, never deleted.

        migrationBuilder.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true, filter: UniqueWhenNotNull("NormalizedName"));
        migrationBuilder.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        migrationBuilder.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true, filter: UniqueWhenNotNull("NormalizedUserName"));
        migrationBuilder.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");
        migrationBuilder.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");
        migrationBuilder.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");
        migrationBuilder.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");
        migrationBuilder.CreateIndex("IX_ArticleRevisions_ArticleId_Number", "ArticleRevisions", new[] { "ArticleId", "Number" }, unique: true);
        migrationBuilder.CreateIndex("IX_ArticleSlugRedirects_ArticleId", "ArticleSlugRedirects", "ArticleId");
        migrationBuilder.CreateIndex("IX_ArticleSlugRedirects_OldSlug", "ArticleSlugRedirects", "OldSlug", unique: true);
        migrationBuilder.CreateIndex("IX_AuditEvents_OccurredAtUtc", "AuditEvents", "OccurredAtUtc");
        migrationBuilder.CreateIndex("IX_AuditEvents_UserId_OccurredAtUtc", "AuditEvents", new[] { "UserId", "OccurredAtUtc" });
        migrationBuilder.CreateIndex("IX_AuditEvents_Action_OccurredAtUtc", "AuditEvents", new[] { "Action", "OccurredAtUtc" });
        migrationBuilder.CreateIndex("IX_Articles_AuthorId_Status", "Articles", new[] { "AuthorId", "Status" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Articles_AuthorId_Status", "Articles");
        migrationBuilder.DropColumn("AuthorId", "Articles");
        migrationBuilder.DropColumn("SeoDescription", "Articles");
        migrationBuilder.DropColumn("SubmittedById", "Articles");
        migrationBuilder.DropColumn("DraftRevisionId", "Articles");
        foreach (var table in new[] { "AuditEvents", "ArticleSlugRedirects", "ArticleRevisions", "AspNetUserTokens", "AspNetUserRoles",
            "AspNetUserLogins", "AspNetUserClaims", "AspNetRoleClaims", "AspNetUsers", "AspNetRoles" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
