using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReferralFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotifyBy",
                table: "Referrals",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedCitizenToken",
                table: "Referrals",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRecipient",
                table: "Referrals",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "Referrals",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotifyBy",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ProtectedCitizenToken",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ProtectedRecipient",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Referrals");
        }
    }
}
