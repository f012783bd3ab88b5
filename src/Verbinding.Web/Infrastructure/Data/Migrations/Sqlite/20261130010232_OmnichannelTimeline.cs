using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OmnichannelTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChannelAddress",
                table: "Conversations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChannelAddressHash",
                table: "Conversations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CitizenId",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastCitizenMessageAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TemplateName",
                table: "ConversationMessages",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChannelInboundReceipts",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MessageIdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelInboundReceipts", x => new { x.Channel, x.MessageIdHash });
                });

            migrationBuilder.CreateTable(
                name: "KnownCitizens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownCitizens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SimulatedChannelMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddressHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    TemplateName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulatedChannelMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CitizenIdentities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenIdentities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenIdentities_KnownCitizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "KnownCitizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoggedContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoggedContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoggedContacts_KnownCitizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "KnownCitizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_Channel_ChannelAddressHash",
                table: "Conversations",
                columns: new[] { "Channel", "ChannelAddressHash" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CitizenId",
                table: "Conversations",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelInboundReceipts_ReceivedAt",
                table: "ChannelInboundReceipts",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenIdentities_CitizenId",
                table: "CitizenIdentities",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenIdentities_Kind_KeyHash",
                table: "CitizenIdentities",
                columns: new[] { "Kind", "KeyHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoggedContacts_CitizenId",
                table: "LoggedContacts",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_LoggedContacts_EenheidId_At",
                table: "LoggedContacts",
                columns: new[] { "EenheidId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SimulatedChannelMessages_AddressHash_At",
                table: "SimulatedChannelMessages",
                columns: new[] { "AddressHash", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_Conversations_KnownCitizens_CitizenId",
                table: "Conversations",
                column: "CitizenId",
                principalTable: "KnownCitizens",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Conversations_KnownCitizens_CitizenId",
                table: "Conversations");

            migrationBuilder.DropTable(
                name: "ChannelInboundReceipts");

            migrationBuilder.DropTable(
                name: "CitizenIdentities");

            migrationBuilder.DropTable(
                name: "LoggedContacts");

            migrationBuilder.DropTable(
                name: "SimulatedChannelMessages");

            migrationBuilder.DropTable(
                name: "KnownCitizens");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_Channel_ChannelAddressHash",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_CitizenId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ChannelAddress",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ChannelAddressHash",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "CitizenId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "LastCitizenMessageAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "TemplateName",
                table: "ConversationMessages");
        }
    }
}
