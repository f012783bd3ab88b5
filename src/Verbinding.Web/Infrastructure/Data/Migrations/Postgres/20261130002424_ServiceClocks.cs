using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ServiceClocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ServiceLevelKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EventLog = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LongOverdueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OverdueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceClocks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceClocks_EenheidId_State_Due",
                table: "ServiceClocks",
                columns: new[] { "EenheidId", "State", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceClocks_State_Due",
                table: "ServiceClocks",
                columns: new[] { "State", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceClocks_SubjectType_SubjectId",
                table: "ServiceClocks",
                columns: new[] { "SubjectType", "SubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "ServiceClocks");
        }
    }
}
