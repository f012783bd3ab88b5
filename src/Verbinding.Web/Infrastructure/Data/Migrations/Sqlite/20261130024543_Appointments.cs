using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Appointments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttachmentContent",
                table: "OutboxNotifications",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentContentType",
                table: "OutboxNotifications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentFileName",
                table: "OutboxNotifications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BureauId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ManageTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedManageToken = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderQueuedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlotClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SlotStart = table.Column<long>(type: "INTEGER", nullable: false),
                    Seat = table.Column<int>(type: "INTEGER", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlotClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlotClaims_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_BureauId_Start",
                table: "Appointments",
                columns: new[] { "BureauId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ManageTokenHash",
                table: "Appointments",
                column: "ManageTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Reference",
                table: "Appointments",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Status_Start",
                table: "Appointments",
                columns: new[] { "Status", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_AppointmentId",
                table: "SlotClaims",
                column: "AppointmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_ResourceKey_SlotStart_Seat",
                table: "SlotClaims",
                columns: new[] { "ResourceKey", "SlotStart", "Seat" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SlotClaims");

            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropColumn(
                name: "AttachmentContent",
                table: "OutboxNotifications");

            migrationBuilder.DropColumn(
                name: "AttachmentContentType",
                table: "OutboxNotifications");

            migrationBuilder.DropColumn(
                name: "AttachmentFileName",
                table: "OutboxNotifications");
        }
    }
}
