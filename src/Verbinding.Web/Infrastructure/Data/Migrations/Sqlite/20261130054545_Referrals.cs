using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AangifteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CitizenBsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SharedItems = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConsentedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentChannel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ProtectedPayload = table.Column<string>(type: "TEXT", nullable: true),
                    CitizenTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralPartnerTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ForStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralPartnerTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralPartnerTokens_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralStatusChanges_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralPartnerTokens_ReferralId",
                table: "ReferralPartnerTokens",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralPartnerTokens_TokenHash",
                table: "ReferralPartnerTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AangifteId",
                table: "Referrals",
                column: "AangifteId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CitizenBsn",
                table: "Referrals",
                column: "CitizenBsn");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CitizenTokenHash",
                table: "Referrals",
                column: "CitizenTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_EenheidId_CreatedAt",
                table: "Referrals",
                columns: new[] { "EenheidId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Reference",
                table: "Referrals",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralStatusChanges_ReferralId_At",
                table: "ReferralStatusChanges",
                columns: new[] { "ReferralId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferralPartnerTokens");

            migrationBuilder.DropTable(
                name: "ReferralStatusChanges");

            migrationBuilder.DropTable(
                name: "Referrals");
        }
    }
}
