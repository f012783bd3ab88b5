using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppointmentContactKeyHashes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmailKeyHash",
                table: "Appointments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKeyHash",
                table: "Appointments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_EmailKeyHash",
                table: "Appointments",
                column: "EmailKeyHash");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_PhoneKeyHash",
                table: "Appointments",
                column: "PhoneKeyHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_EmailKeyHash",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_PhoneKeyHash",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "EmailKeyHash",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "PhoneKeyHash",
                table: "Appointments");
        }
    }
}
