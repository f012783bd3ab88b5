using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonitorAggregateLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "SurveyFollowUpTasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ContactedAt",
                table: "SurveyFollowUpTasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandledBy",
                table: "SurveyFollowUpTasks",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "SurveyFollowUpTasks",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceClockId",
                table: "SurveyFollowUpTasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByTeam",
                columns: table => new
                {
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    WoutOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Invited = table.Column<long>(type: "INTEGER", nullable: false),
                    Responses = table.Column<long>(type: "INTEGER", nullable: false),
                    VerySatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Neutral = table.Column<long>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    NoOpinion = table.Column<long>(type: "INTEGER", nullable: false),
                    GradeSum = table.Column<long>(type: "INTEGER", nullable: false),
                    GradeCount = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustSum = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionAggregatesByTeam", x => new { x.Month, x.EenheidId, x.BasisteamId, x.Channel, x.ContactType, x.WoutOnly });
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByTopic",
                columns: table => new
                {
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Invited = table.Column<long>(type: "INTEGER", nullable: false),
                    Responses = table.Column<long>(type: "INTEGER", nullable: false),
                    VerySatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Neutral = table.Column<long>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    NoOpinion = table.Column<long>(type: "INTEGER", nullable: false),
                    GradeSum = table.Column<long>(type: "INTEGER", nullable: false),
                    GradeCount = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustSum = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionAggregatesByTopic", x => new { x.Month, x.EenheidId, x.Topic });
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByUnit",
                columns: table => new
                {
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    WoutOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Invited = table.Column<long>(type: "INTEGER", nullable: false),
                    Responses = table.Column<long>(type: "INTEGER", nullable: false),
                    VerySatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    Neutral = table.Column<long>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    NoOpinion = table.Column<long>(type: "INTEGER", nullable: false),
                    GradeSum = table.Column<long>(type: "INTEGER", nullable: false),
                    GradeCount = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustSum = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionAggregatesByUnit", x => new { x.Month, x.EenheidId, x.Channel, x.ContactType, x.WoutOnly });
                });

            migrationBuilder.CreateTable(
                name: "SurveyItemAggregates",
                columns: table => new
                {
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Answer = table.Column<int>(type: "INTEGER", nullable: false),
                    Responses = table.Column<long>(type: "INTEGER", nullable: false),
                    Rated = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false),
                    OverallSum = table.Column<long>(type: "INTEGER", nullable: false),
                    OverallSquareSum = table.Column<long>(type: "INTEGER", nullable: false)
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
            migrationBuilder.Sql("INSERT INTO \"SurveyItemAggregates\" (\"Month\", \"EenheidId\", \"Channel\", \"Item\", \"Answer\", \"Responses\", \"Rated\", \"Satisfied\", \"OverallSum\", \"OverallSquareSum\") SELECT r.\"Month\", r.\"EenheidId\", r.\"Channel\", j.key, CAST(j.value AS INTEGER), COUNT(*), SUM(CASE WHEN r.\"Overall\" BETWEEN 1 AND 5 THEN 1 ELSE 0 END), SUM(CASE WHEN r.\"Overall\" >= 4 THEN 1 ELSE 0 END), SUM(CASE WHEN r.\"Overall\" BETWEEN 1 AND 5 THEN r.\"Overall\" ELSE 0 END), SUM(CASE WHEN r.\"Overall\" BETWEEN 1 AND 5 THEN r.\"Overall\" * r.\"Overall\" ELSE 0 END) FROM \"SurveyResponses\" r, json_each(r.\"ItemAnswers\") j GROUP BY r.\"Month\", r.\"EenheidId\", r.\"Channel\", j.key, CAST(j.value AS INTEGER);");
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
