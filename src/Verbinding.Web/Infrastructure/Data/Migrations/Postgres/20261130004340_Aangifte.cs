using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    TypeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TypesVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    Rows = table.Column<string>(type: "text", nullable: false),
                    CompletedSteps = table.Column<int>(type: "integer", nullable: false),
                    Eligibility = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAangifteId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Aangiftes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    VerificationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    CitizenName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TypeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TypesVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Municipality = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    HouseNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Witnesses = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Contact = table.Column<string>(type: "text", nullable: false),
                    Rights = table.Column<string>(type: "text", nullable: false),
                    Eligibility = table.Column<string>(type: "text", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RejectionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    InformationRequest = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InformationResponse = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aangiftes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AangifteFraudIdentifiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Brand = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Colour = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FrameNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Imei = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    Plate = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true)
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
