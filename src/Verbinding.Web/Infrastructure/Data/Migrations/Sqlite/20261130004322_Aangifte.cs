using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Aangifte : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AangifteDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenBsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    TypeId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TypesVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Rows = table.Column<string>(type: "TEXT", nullable: false),
                    CompletedSteps = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAangifteId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Aangiftes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CitizenBsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    CitizenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TypeId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TypesVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OccurredUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BasisteamId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    HouseNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Witnesses = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", nullable: false),
                    Rights = table.Column<string>(type: "TEXT", nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RejectionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InformationRequest = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InformationResponse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aangiftes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AangifteFraudIdentifiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AangifteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteFraudIdentifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteFraudIdentifiers_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AangifteFraudPayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AangifteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteFraudPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteFraudPayments_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AangifteItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AangifteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FrameNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Imei = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    Plate = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteItems_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AangifteDrafts_CitizenBsn_ExpiresAt",
                table: "AangifteDrafts",
                columns: new[] { "CitizenBsn", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AangifteFraudIdentifiers_AangifteId",
                table: "AangifteFraudIdentifiers",
                column: "AangifteId");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteFraudIdentifiers_Kind_Value",
                table: "AangifteFraudIdentifiers",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_AangifteFraudPayments_AangifteId",
                table: "AangifteFraudPayments",
                column: "AangifteId");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteItems_AangifteId",
                table: "AangifteItems",
                column: "AangifteId");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteItems_FrameNumber",
                table: "AangifteItems",
                column: "FrameNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteItems_Imei",
                table: "AangifteItems",
                column: "Imei");

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_CitizenBsn",
                table: "Aangiftes",
                column: "CitizenBsn");

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_DraftId",
                table: "Aangiftes",
                column: "DraftId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_EenheidId_Status_SubmittedAt",
                table: "Aangiftes",
                columns: new[] { "EenheidId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_ReceiptNumber",
                table: "Aangiftes",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_RegistrationNumber",
                table: "Aangiftes",
                column: "RegistrationNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AangifteDrafts");

            migrationBuilder.DropTable(
                name: "AangifteFraudIdentifiers");

            migrationBuilder.DropTable(
                name: "AangifteFraudPayments");

            migrationBuilder.DropTable(
                name: "AangifteItems");

            migrationBuilder.DropTable(
                name: "Aangiftes");
        }
    }
}
