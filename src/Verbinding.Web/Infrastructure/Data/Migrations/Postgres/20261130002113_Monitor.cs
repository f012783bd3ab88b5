using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Monitor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SatisfactionAggregates",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Invited = table.Column<long>(type: "bigint", nullable: false),
                    Responses = table.Column<long>(type: "bigint", nullable: false),
                    VerySatisfied = table.Column<long>(type: "bigint", nullable: false),
                    Satisfied = table.Column<long>(type: "bigint", nullable: false),
                    Neutral = table.Column<long>(type: "bigint", nullable: false),
                    Dissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    NoOpinion = table.Column<long>(type: "bigint", nullable: false),
                    GradeSum = table.Column<long>(type: "bigint", nullable: false),
                    GradeCount = table.Column<long>(type: "bigint", nullable: false),
                    TrustSum = table.Column<long>(type: "bigint", nullable: false),
                    TrustCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionAggregates", x => new { x.Month, x.EenheidId, x.BasisteamId, x.Channel, x.ContactType, x.Topic, x.WoutOnly });
                });

            migrationBuilder.CreateTable(
                name: "SurveyFollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyFollowUpTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContactReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecipientEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitationThrottles",
                columns: table => new
                {
                    CitizenKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastInvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitationThrottles", x => x.CitizenKeyHash);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionnaireId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    QuestionnaireVersion = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Overall = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: true),
                    Trust = table.Column<int>(type: "integer", nullable: true),
                    ItemAnswers = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ContactPermission = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionAggregates_EenheidId_Month",
                table: "SatisfactionAggregates",
                columns: new[] { "EenheidId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyFollowUpTasks_EenheidId_Status_CreatedAt",
                table: "SurveyFollowUpTasks",
                columns: new[] { "EenheidId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_ContactReference",
                table: "SurveyInvitations",
                column: "ContactReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_ExpiresAt",
                table: "SurveyInvitations",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SentAt_CreatedAt",
                table: "SurveyInvitations",
                columns: new[] { "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TokenHash",
                table: "SurveyInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_EenheidId_Month",
                table: "SurveyResponses",
                columns: new[] { "EenheidId", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SatisfactionAggregates");

            migrationBuilder.DropTable(
                name: "SurveyFollowUpTasks");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "SurveyInvitationThrottles");

            migrationBuilder.DropTable(
                name: "SurveyResponses");
        }
    }
}
