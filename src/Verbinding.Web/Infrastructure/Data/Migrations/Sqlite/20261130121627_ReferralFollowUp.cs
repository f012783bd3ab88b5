using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedCitizenToken",
                table: "Referrals",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRecipient",
                table: "Referrals",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "Referrals",
                type: "INTEGER",
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
