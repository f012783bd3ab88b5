using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VictimRights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VictimRegisters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AangifteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenBsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OffenceId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Vulnerable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    KeepInformed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Slachtofferhulp = table.Column<bool>(type: "INTEGER", nullable: true),
                    Compensation = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReleaseInformation = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimRegisters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimRegisters_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VictimObligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RightId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MetAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimObligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimObligations_VictimRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "VictimRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VictimRightsChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimRightsChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimRightsChanges_VictimRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "VictimRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VictimObligations_EenheidId_Status_DueAt",
                table: "VictimObligations",
                columns: new[] { "EenheidId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VictimObligations_RegisterId_RightId",
                table: "VictimObligations",
                columns: new[] { "RegisterId", "RightId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VictimRegisters_AangifteId_CitizenBsn",
                table: "VictimRegisters",
                columns: new[] { "AangifteId", "CitizenBsn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VictimRegisters_CitizenBsn",
                table: "VictimRegisters",
                column: "CitizenBsn");

            migrationBuilder.CreateIndex(
                name: "IX_VictimRightsChanges_RegisterId_At",
                table: "VictimRightsChanges",
                columns: new[] { "RegisterId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VictimObligations");

            migrationBuilder.DropTable(
                name: "VictimRightsChanges");

            migrationBuilder.DropTable(
                name: "VictimRegisters");
        }
    }
}
