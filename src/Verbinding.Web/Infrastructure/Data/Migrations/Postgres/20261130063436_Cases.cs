using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AccessCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: true),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ClosingReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    OriginType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OriginId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LinkedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseLinks_CaseFiles_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_CitizenBsn",
                table: "CaseFiles",
                column: "CitizenBsn");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_CitizenId",
                table: "CaseFiles",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_EenheidId_Status_CreatedAt",
                table: "CaseFiles",
                columns: new[] { "EenheidId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_Number",
                table: "CaseFiles",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_OriginType_OriginId",
                table: "CaseFiles",
                columns: new[] { "OriginType", "OriginId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_CaseId_ItemType_ItemId",
                table: "CaseLinks",
                columns: new[] { "CaseId", "ItemType", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_ItemType_ItemId",
                table: "CaseLinks",
                columns: new[] { "ItemType", "ItemId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "CaseFiles");
        }
    }
}
