using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MonitorAggregateLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "SurveyFollowUpTasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ContactedAt",
                table: "SurveyFollowUpTasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandledBy",
                table: "SurveyFollowUpTasks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "SurveyFollowUpTasks",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceClockId",
                table: "SurveyFollowUpTasks",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByTeam",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
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
                    table.PrimaryKey("PK_SatisfactionAggregatesByTeam", x => new { x.Month, x.EenheidId, x.BasisteamId, x.Channel, x.ContactType, x.WoutOnly });
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByTopic",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
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
                    table.PrimaryKey("PK_SatisfactionAggregatesByTopic", x => new { x.Month, x.EenheidId, x.Topic });
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByUnit",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
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
                    table.PrimaryKey("PK_SatisfactionAggregatesByUnit", x => new { x.Month, x.EenheidId, x.Channel, x.ContactType, x.WoutOnly });
                });

            migrationBuilder.CreateTable(
                name: "SurveyItemAggregates",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Item = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: false),
                    Responses = table.Column<long>(type: "bigint", nullable: false),
                    Rated = table.Column<long>(type: "bigint", nullable: false),
                    Satisfied = table.Column<long>(type: "bigint", nullable: false),
                    OverallSum = table.Column<long>(type: "bigint", nullable: false),
                    OverallSquareSum = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyItemAggregates", x => new { x.Month, x.EenheidId, x.Channel, x.Item, x.Answer });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionAggregatesByTeam_EenheidId_Month",
                table: "SatisfactionAggregatesByTeam",
                columns: new[] { "EenheidId", "Month" });

            // Existing data: fill the coarser levels from the full aggregate, and the item aggregate from the responses
            // (overall 4-5 = satisfied, 0 = no opinion: the tevredenheid-5 scale of politiemonitor v1).
            migrationBuilder.Sql("INSERT INTO \"SatisfactionAggregatesByTeam\" (\"Month\", \"EenheidId\", \"BasisteamId\", \"Channel\", \"ContactType\", \"WoutOnly\", \"Invited\", \"Responses\", \"VerySatisfied\", \"Satisfied\", \"Neutral\", \"Dissatisfied\", \"VeryDissatisfied\", \"NoOpinion\", \"GradeSum\", \"GradeCount\", \"TrustSum\", \"TrustCount\") SELECT \"Month\", \"EenheidId\", \"BasisteamId\", \"Channel\", \"ContactType\", \"WoutOnly\", SUM(\"Invited\"), SUM(\"Responses\"), SUM(\"VerySatisfied\"), SUM(\"Satisfied\"), SUM(\"Neutral\"), SUM(\"Dissatisfied\"), SUM(\"VeryDissatisfied\"), SUM(\"NoOpinion\"), SUM(\"GradeSum\"), SUM(\"GradeCount\"), SUM(\"TrustSum\"), SUM(\"TrustCount\") FROM \"SatisfactionAggregates\" GROUP BY \"Month\", \"EenheidId\", \"BasisteamId\", \"Channel\", \"ContactType\", \"WoutOnly\";");
            migrationBuilder.Sql("INSERT INTO \"SatisfactionAggregatesByUnit\" (\"Month\", \"EenheidId\", \"Channel\", \"ContactType\", \"WoutOnly\", \"Invited\", \"Responses\", \"VerySatisfied\", \"Satisfied\", \"Neutral\", \"Dissatisfied\", \"VeryDissatisfied\", \"NoOpinion\", \"GradeSum\", \"GradeCount\", \"TrustSum\", \"TrustCount\") SELECT \"Month\", \"EenheidId\", \"Channel\", \"ContactType\", \"WoutOnly\", SUM(\"Invited\"), SUM(\"Responses\"), SUM(\"VerySatisfied\"), SUM(\"Satisfied\"), SUM(\"Neutral\"), SUM(\"Dissatisfied\"), SUM(\"VeryDissatisfied\"), SUM(\"NoOpinion\"), SUM(\"GradeSum\"), SUM(\"GradeCount\"), SUM(\"TrustSum\"), SUM(\"TrustCount\") FROM \"SatisfactionAggregates\" GROUP BY \"Month\", \"EenheidId\", \"Channel\", \"ContactType\", \"WoutOnly\";");
            migrationBuilder.Sql("INSERT INTO \"SatisfactionAggregatesByTopic\" (\"Month\", \"EenheidId\", \"Topic\", \"Invited\", \"Responses\", \"VerySatisfied\", \"Satisfied\", \"Neutral\", \"Dissatisfied\", \"VeryDissatisfied\", \"NoOpinion\", \"GradeSum\", \"GradeCount\", \"TrustSum\", \"TrustCount\") SELECT \"Month\", \"EenheidId\", \"Topic\", SUM(\"Invited\"), SUM(\"Responses\"), SUM(\"VerySatisfied\"), SUM(\"Satisfied\"), SUM(\"Neutral\"), SUM(\"Dissatisfied\"), SUM(\"VeryDissatisfied\"), SUM(\"NoOpinion\"), SUM(\"GradeSum\"), SUM(\"GradeCount\"), SUM(\"TrustSum\"), SUM(\"TrustCount\") FROM \"SatisfactionAggregates\" GROUP BY \"Month\", \"EenheidId\", \"Topic\";");
            migrationBuilder.Sql("INSERT INTO \"SurveyItemAggregates\" (\"Month\", \"EenheidId\", \"Channel\", \"Item\", \"Answer\", \"Responses\", \"Rated\", \"Satisfied\", \"OverallSum\", \"OverallSquareSum\") SELECT r.\"Month\", r.\"EenheidId\", r.\"Channel\", j.key, CAST(j.value AS integer), COUNT(*), SUM(CASE WHEN r.\"Overall\" BETWEEN 1 AND 5 THEN 1 ELSE 0 END), SUM(CASE WHEN r.\"Overall\" >= 4 THEN 1 ELSE 0 END), SUM(CASE WHEN r.\"Overall\" BETWEEN 1 AND 5 THEN r.\"Overall\" ELSE 0 END), SUM(CASE WHEN r.\"Overall\" BETWEEN 1 AND 5 THEN r.\"Overall\" * r.\"Overall\" ELSE 0 END) FROM \"SurveyResponses\" r, jsonb_each_text(r.\"ItemAnswers\"::jsonb) j GROUP BY r.\"Month\", r.\"EenheidId\", r.\"Channel\", j.key, CAST(j.value AS integer);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SatisfactionAggregatesByTeam");

            migrationBuilder.DropTable(
                name: "SatisfactionAggregatesByTopic");

            migrationBuilder.DropTable(
                name: "SatisfactionAggregatesByUnit");

            migrationBuilder.DropTable(
                name: "SurveyItemAggregates");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "SurveyFollowUpTasks");

            migrationBuilder.DropColumn(
                name: "ContactedAt",
                table: "SurveyFollowUpTasks");

            migrationBuilder.DropColumn(
                name: "HandledBy",
                table: "SurveyFollowUpTasks");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "SurveyFollowUpTasks");

            migrationBuilder.DropColumn(
                name: "ServiceClockId",
                table: "SurveyFollowUpTasks");
        }
    }
}
