using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FraudIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AangifteFraudIdentifiers_AangifteId",
                table: "AangifteFraudIdentifiers");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteFraudIdentifiers_AangifteId_Kind_Value",
                table: "AangifteFraudIdentifiers",
                columns: new[] { "AangifteId", "Kind", "Value" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AangifteFraudIdentifiers_AangifteId_Kind_Value",
                table: "AangifteFraudIdentifiers");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteFraudIdentifiers_AangifteId",
                table: "AangifteFraudIdentifiers",
                column: "AangifteId");
        }
    }
}
