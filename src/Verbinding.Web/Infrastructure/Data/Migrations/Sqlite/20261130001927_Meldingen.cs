using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Meldingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeldingBundles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocationKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CategoryId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BasisteamId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FirstAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeldingBundles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RelatedType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RelatedId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meldingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TrackingCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CategoryId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    HouseNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    PlaceDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PostcodeArea = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    EenheidId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BasisteamId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReplayTrackingCode = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutcomeId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OutcomeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BundleId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meldingen_MeldingBundles_BundleId",
                        column: x => x.BundleId,
                        principalTable: "MeldingBundles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeldingFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BundleId = table.Column<long>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    MeldingCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NotificationCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeldingFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeldingFeedback_MeldingBundles_BundleId",
                        column: x => x.BundleId,
                        principalTable: "MeldingBundles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeldingBundles_EenheidId_LastAt",
                table: "MeldingBundles",
                columns: new[] { "EenheidId", "LastAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeldingBundles_LocationKey_CategoryId_LastAt",
                table: "MeldingBundles",
                columns: new[] { "LocationKey", "CategoryId", "LastAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_BundleId",
                table: "Meldingen",
                column: "BundleId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_EenheidId_BasisteamId_SubmittedAt",
                table: "Meldingen",
                columns: new[] { "EenheidId", "BasisteamId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_IdempotencyKey",
                table: "Meldingen",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_Reference",
                table: "Meldingen",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeldingFeedback_BundleId",
                table: "MeldingFeedback",
                column: "BundleId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RelatedType_RelatedId",
                table: "Notifications",
                columns: new[] { "RelatedType", "RelatedId" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Status_CreatedAt",
                table: "Notifications",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Meldingen");

            migrationBuilder.DropTable(
                name: "MeldingFeedback");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "MeldingBundles");
        }
    }
}
