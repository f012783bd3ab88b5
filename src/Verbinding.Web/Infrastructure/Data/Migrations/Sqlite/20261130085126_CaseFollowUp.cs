using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecipientKeyHash",
                table: "OutboxNotifications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClockId",
                table: "CaseFiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotifyBy",
                table: "CaseFiles",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRecipient",
                table: "CaseFiles",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxNotifications_RecipientKeyHash",
                table: "OutboxNotifications",
                column: "RecipientKeyHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxNotifications_RecipientKeyHash",
                table: "OutboxNotifications");

            migrationBuilder.DropColumn(
                name: "RecipientKeyHash",
                table: "OutboxNotifications");

            migrationBuilder.DropColumn(
                name: "ClockId",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "NotifyBy",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "ProtectedRecipient",
                table: "CaseFiles");
        }
    }
}
