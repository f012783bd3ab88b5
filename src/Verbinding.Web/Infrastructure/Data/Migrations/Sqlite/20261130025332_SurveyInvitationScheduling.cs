using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyInvitationScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecipientEmail",
                table: "SurveyInvitations");

            migrationBuilder.AddColumn<string>(
                name: "ProtectedEmail",
                table: "SurveyInvitations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ScheduledSurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CitizenKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedEmail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    WoutOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseHolder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledSurveyInvitations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledSurveyInvitations_ContactReference",
                table: "ScheduledSurveyInvitations",
                column: "ContactReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledSurveyInvitations_DueAt",
                table: "ScheduledSurveyInvitations",
                column: "DueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledSurveyInvitations");

            migrationBuilder.DropColumn(
                name: "ProtectedEmail",
                table: "SurveyInvitations");

            migrationBuilder.AddColumn<string>(
                name: "RecipientEmail",
                table: "SurveyInvitations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);
        }
    }
}
