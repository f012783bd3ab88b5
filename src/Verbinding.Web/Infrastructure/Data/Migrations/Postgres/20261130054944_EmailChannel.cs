using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmailChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmailThreadMessages",
                columns: table => new
                {
                    MessageIdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailThreadMessages", x => x.MessageIdHash);
                    table.ForeignKey(
                        name: "FK_EmailThreadMessages_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmailThreads",
                columns: table => new
                {
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Token = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastInboundMessageId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    References = table.Column<string>(type: "character varying(5200)", maxLength: 5200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailThreads", x => x.ConversationId);
                    table.ForeignKey(
                        name: "FK_EmailThreads_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmailThreadMessages_ConversationId",
                table: "EmailThreadMessages",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailThreads_Token",
                table: "EmailThreads",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmailThreadMessages");

            migrationBuilder.DropTable(
                name: "EmailThreads");
        }
    }
}
