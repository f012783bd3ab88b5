using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeldingCitizenLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CitizenId",
                table: "Meldingen",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_CitizenId",
                table: "Meldingen",
                column: "CitizenId");

            migrationBuilder.AddForeignKey(
                name: "FK_Meldingen_KnownCitizens_CitizenId",
                table: "Meldingen",
                column: "CitizenId",
                principalTable: "KnownCitizens",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Meldingen_KnownCitizens_CitizenId",
                table: "Meldingen");

            migrationBuilder.DropIndex(
                name: "IX_Meldingen_CitizenId",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "CitizenId",
                table: "Meldingen");
        }
    }
}
