using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HealthNews.Core.Data.Migrations;

/// <summary>Polls, their options, and ballots with their choices; one ballot per voter per poll. Written by hand (ADR-001).</summary>
[DbContext(typeof(HealthNewsDbContext))]
[Migration("20261122020000_AddPolls")]
public sealed class AddPolls : HealthNewsMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Polls",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                Question = table.Column<string>(maxLength: 500, nullable: false),
                AllowMultiple = table.Column<bool>(nullable: false),
                MaxChoices = table.Column<int>(nullable: false),
                OpensAtUtc = table.Column<DateTime>(nullable: true),
                ClosesAtUtc = table.Column<DateTime>(nullable: true),
                ResultsVisibility = table.Column<string>(maxLength: 20, nullable: false),
                RequireSignIn = table.Column<bool>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                IsFeatured = table.Column<bool>(nullable: false),
                AddressSalt = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Polls", x => x.Id));

        migrationBuilder.CreateTable(
            name: "PollOptions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                PollId = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 300, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PollOptions", x => x.Id);
                table.ForeignKey("FK_PollOptions_Polls_PollId", x => x.PollId, "Polls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PollBallots",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation(SqlServerIdentity, SqlServerIdentitySeed),
                PollId = table.Column<int>(nullable: false),
                VoterKey = table.Column<string>(maxLength: 100, nullable: false),
                AddressHash = table.Column<string>(maxLength: 64, nullable: false),
                CastAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PollBallots", x => x.Id);
                table.ForeignKey("FK_PollBallots_Polls_PollId", x => x.PollId, "Polls", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PollBallotChoices",
            columns: table => new
            {
                BallotId = table.Column<long>(nullable: false),
                OptionId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PollBallotChoices", x => new { x.BallotId, x.OptionId });
                table.ForeignKey("FK_PollBallotChoices_PollBallots_BallotId", x => x.BallotId, "PollBallots", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_PollBallotChoices_PollOptions_OptionId", x => x.OptionId, "PollOptions", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_Polls_Status_IsFeatured", "Polls", new[] { "Status", "IsFeatured" });
        migrationBuilder.CreateIndex("IX_PollOptions_PollId_SortOrder", "PollOptions", new[] { "PollId", "SortOrder" });
        migrationBuilder.CreateIndex("IX_PollBallots_PollId_VoterKey", "PollBallots", new[] { "PollId", "VoterKey" }, unique: true);
        migrationBuilder.CreateIndex("IX_PollBallots_PollId_CastAtUtc", "PollBallots", new[] { "PollId", "CastAtUtc" });
        migrationBuilder.CreateIndex("IX_PollBallotChoices_OptionId", "PollBallotChoices", "OptionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PollBallotChoices");
        migrationBuilder.DropTable("PollBallots");
        migrationBuilder.DropTable("PollOptions");
        migrationBuilder.DropTable("Polls");
    }
}
