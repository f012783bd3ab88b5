using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseTimelineAndMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosingReason",
                table: "Aangiftes",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Aangiftes",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "nl");

            migrationBuilder.AddColumn<bool>(
                name: "MessageWaiting",
                table: "Aangiftes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AangifteMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AangifteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromCitizen = table.Column<bool>(type: "INTEGER", nullable: false),
                    StaffUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteMessages_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AangifteStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AangifteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteStatusChanges_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AangifteMessages_AangifteId_At",
                table: "AangifteMessages",
                columns: new[] { "AangifteId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AangifteStatusChanges_AangifteId_At",
                table: "AangifteStatusChanges",
                columns: new[] { "AangifteId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AangifteMessages");

            migrationBuilder.DropTable(
                name: "AangifteStatusChanges");

            migrationBuilder.DropColumn(
                name: "ClosingReason",
                table: "Aangiftes");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Aangiftes");

            migrationBuilder.DropColumn(
                name: "MessageWaiting",
                table: "Aangiftes");
        }
    }
}
