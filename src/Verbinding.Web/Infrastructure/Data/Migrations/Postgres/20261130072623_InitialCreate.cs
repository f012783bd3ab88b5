using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Verbinding.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AangifteDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    TypeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TypesVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    Rows = table.Column<string>(type: "text", nullable: false),
                    CompletedSteps = table.Column<int>(type: "integer", nullable: false),
                    Eligibility = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAangifteId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Aangiftes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    VerificationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    CitizenName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TypeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TypesVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Municipality = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    HouseNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Witnesses = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Contact = table.Column<string>(type: "text", nullable: false),
                    Rights = table.Column<string>(type: "text", nullable: false),
                    Eligibility = table.Column<string>(type: "text", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RejectionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    InformationRequest = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InformationResponse = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ClosingReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MessageWaiting = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aangiftes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    BureauId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    End = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ManageTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtectedManageToken = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReminderQueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    EenheidId = table.Column<string>(type: "text", nullable: false),
                    NationalScope = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActorRole = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AccessCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: true),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ClosingReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    OriginType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OriginId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelInboundReceipts",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MessageIdHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelInboundReceipts", x => new { x.Channel, x.MessageIdHash });
                });

            migrationBuilder.CreateTable(
                name: "ChatAgentPresence",
                columns: table => new
                {
                    ConnectionId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConnectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatAgentPresence", x => x.ConnectionId);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Eenheden",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsNational = table.Column<bool>(type: "boolean", nullable: false),
                    Provinces = table.Column<List<string>>(type: "text[]", nullable: false),
                    Veiligheidsregios = table.Column<List<string>>(type: "text[]", nullable: false),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eenheden", x => x.Id);
                });

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
                name: "KnownCitizens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownCitizens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeldingBundles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LocationKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CategoryId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FirstAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeldingBundles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ProtectedRecipient = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    TemplateId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ModelJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AttachmentFileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AttachmentContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AttachmentContent = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PartnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: true),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    EenheidId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SharedItems = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConsentedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConsentChannel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ProtectedPayload = table.Column<string>(type: "text", nullable: true),
                    CitizenTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregates",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Invited = table.Column<long>(type: "bigint", nullable: false),
                    Responses = table.Column<long>(type: "bigint", nullable: false),
                    VerySatisfied = table.Column<long>(type: "bigint", nullable: false),
                    Satisfied = table.Column<long>(type: "bigint", nullable: false),
                    Neutral = table.Column<long>(type: "bigint", nullable: false),
                    Dissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    NoOpinion = table.Column<long>(type: "bigint", nullable: false),
                    GradeSum = table.Column<long>(type: "bigint", nullable: false),
                    GradeCount = table.Column<long>(type: "bigint", nullable: false),
                    TrustSum = table.Column<long>(type: "bigint", nullable: false),
                    TrustCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionAggregates", x => new { x.Month, x.EenheidId, x.BasisteamId, x.Channel, x.ContactType, x.Topic, x.WoutOnly });
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByTeam",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Invited = table.Column<long>(type: "bigint", nullable: false),
                    Responses = table.Column<long>(type: "bigint", nullable: false),
                    VerySatisfied = table.Column<long>(type: "bigint", nullable: false),
                    Satisfied = table.Column<long>(type: "bigint", nullable: false),
                    Neutral = table.Column<long>(type: "bigint", nullable: false),
                    Dissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    NoOpinion = table.Column<long>(type: "bigint", nullable: false),
                    GradeSum = table.Column<long>(type: "bigint", nullable: false),
                    GradeCount = table.Column<long>(type: "bigint", nullable: false),
                    TrustSum = table.Column<long>(type: "bigint", nullable: false),
                    TrustCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionAggregatesByTeam", x => new { x.Month, x.EenheidId, x.BasisteamId, x.Channel, x.ContactType, x.WoutOnly });
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByTopic",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Invited = table.Column<long>(type: "bigint", nullable: false),
                    Responses = table.Column<long>(type: "bigint", nullable: false),
                    VerySatisfied = table.Column<long>(type: "bigint", nullable: false),
                    Satisfied = table.Column<long>(type: "bigint", nullable: false),
                    Neutral = table.Column<long>(type: "bigint", nullable: false),
                    Dissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    NoOpinion = table.Column<long>(type: "bigint", nullable: false),
                    GradeSum = table.Column<long>(type: "bigint", nullable: false),
                    GradeCount = table.Column<long>(type: "bigint", nullable: false),
                    TrustSum = table.Column<long>(type: "bigint", nullable: false),
                    TrustCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionAggregatesByTopic", x => new { x.Month, x.EenheidId, x.Topic });
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionAggregatesByUnit",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Invited = table.Column<long>(type: "bigint", nullable: false),
                    Responses = table.Column<long>(type: "bigint", nullable: false),
                    VerySatisfied = table.Column<long>(type: "bigint", nullable: false),
                    Satisfied = table.Column<long>(type: "bigint", nullable: false),
                    Neutral = table.Column<long>(type: "bigint", nullable: false),
                    Dissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    VeryDissatisfied = table.Column<long>(type: "bigint", nullable: false),
                    NoOpinion = table.Column<long>(type: "bigint", nullable: false),
                    GradeSum = table.Column<long>(type: "bigint", nullable: false),
                    GradeCount = table.Column<long>(type: "bigint", nullable: false),
                    TrustSum = table.Column<long>(type: "bigint", nullable: false),
                    TrustCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionAggregatesByUnit", x => new { x.Month, x.EenheidId, x.Channel, x.ContactType, x.WoutOnly });
                });

            migrationBuilder.CreateTable(
                name: "ScheduledSurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CitizenKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtectedEmail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProtectedPhone = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledSurveyInvitations", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "SimulatedChannelMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AddressHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Direction = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    TemplateName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulatedChannelMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyFollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ServiceClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyFollowUpTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContactReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProtectedEmail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitationThrottles",
                columns: table => new
                {
                    CitizenKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastInvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitationThrottles", x => x.CitizenKeyHash);
                });

            migrationBuilder.CreateTable(
                name: "SurveyItemAggregates",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Item = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: false),
                    Responses = table.Column<long>(type: "bigint", nullable: false),
                    Rated = table.Column<long>(type: "bigint", nullable: false),
                    Satisfied = table.Column<long>(type: "bigint", nullable: false),
                    OverallSum = table.Column<long>(type: "bigint", nullable: false),
                    OverallSquareSum = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyItemAggregates", x => new { x.Month, x.EenheidId, x.Channel, x.Item, x.Answer });
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionnaireId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    QuestionnaireVersion = table.Column<int>(type: "integer", nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ContactType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    WoutOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Overall = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: true),
                    Trust = table.Column<int>(type: "integer", nullable: true),
                    ItemAnswers = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ContactPermission = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TriagePolicyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Scope = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Label = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeciderId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DeciderName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EffectiveFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriagePolicyVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AangifteFraudIdentifiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteFraudIdentifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteFraudIdentifiers_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AangifteFraudPayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteFraudPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteFraudPayments_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AangifteItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Brand = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Colour = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FrameNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Imei = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    Plate = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteItems_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AangifteMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromCitizen = table.Column<bool>(type: "boolean", nullable: false),
                    StaffUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteMessages_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AangifteStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangifteStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangifteStatusChanges_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VictimRegisters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OffenceId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Age = table.Column<int>(type: "integer", nullable: true),
                    Vulnerable = table.Column<bool>(type: "boolean", nullable: false),
                    Relation = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    KeepInformed = table.Column<bool>(type: "boolean", nullable: false),
                    Slachtofferhulp = table.Column<bool>(type: "boolean", nullable: true),
                    Compensation = table.Column<bool>(type: "boolean", nullable: false),
                    ReleaseInformation = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimRegisters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimRegisters_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SlotClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SlotStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Seat = table.Column<int>(type: "integer", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlotClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlotClaims_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonalAccessTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scopes = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalAccessTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalAccessTokens_AspNetUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LinkedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseLinks_CaseFiles_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Basisteams",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Basisteams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Basisteams_Eenheden_EenheidId",
                        column: x => x.EenheidId,
                        principalTable: "Eenheden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CitizenIdentities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LinkedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "Conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    QueueUnit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TopicGroup = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Topic = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DialogueStateJson = table.Column<string>(type: "text", nullable: false),
                    AssignedAgentId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AssignedAgentName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    HandoffReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    HandoffSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChannelAddressHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ChannelAddress = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastCitizenMessageAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MessageCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FirstAgentResponseAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conversations_KnownCitizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "KnownCitizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LoggedContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Topic = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StaffUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    StaffName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Meldingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TrackingCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CategoryId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AnswersJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Street = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    HouseNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    PlaceDescription = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PostcodeArea = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    EenheidId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReplayTrackingCode = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OutcomeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutcomeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BundleId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meldingen_KnownCitizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "KnownCitizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BundleId = table.Column<long>(type: "bigint", nullable: false),
                    OutcomeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ActorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MeldingCount = table.Column<int>(type: "integer", nullable: false),
                    NotificationCount = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ReferralPartnerTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ForStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralPartnerTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralPartnerTokens_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralStatusChanges_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenBsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: true),
                    AangifteId = table.Column<Guid>(type: "uuid", nullable: true),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    UploadedByStaffId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Thumbnail = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_AangifteDrafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "AangifteDrafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attachments_AangifteMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "AangifteMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attachments_Aangiftes_AangifteId",
                        column: x => x.AangifteId,
                        principalTable: "Aangiftes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VictimObligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisterId = table.Column<Guid>(type: "uuid", nullable: false),
                    RightId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Owner = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimObligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimObligations_VictimRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "VictimRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VictimRightsChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisterId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Change = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimRightsChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VictimRightsChanges_VictimRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "VictimRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bureaus",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AppointmentOnly = table.Column<bool>(type: "boolean", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Address_City = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Address_HouseNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Address_Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Address_Street = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    OpeningHours_Fri = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    OpeningHours_Mon = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    OpeningHours_Sat = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    OpeningHours_Sun = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    OpeningHours_Thu = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    OpeningHours_Tue = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    OpeningHours_Wed = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bureaus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bureaus_Basisteams_BasisteamId",
                        column: x => x.BasisteamId,
                        principalTable: "Basisteams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Province = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Veiligheidsregio = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EenheidId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BasisteamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Municipalities_Basisteams_BasisteamId",
                        column: x => x.BasisteamId,
                        principalTable: "Basisteams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Municipalities_Eenheden_EenheidId",
                        column: x => x.EenheidId,
                        principalTable: "Eenheden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConversationMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    AuthorKind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ClientMessageId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Topic = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActionsJson = table.Column<string>(type: "text", nullable: true),
                    TemplateName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversationMessages_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_AangifteDrafts_CitizenBsn_ExpiresAt",
                table: "AangifteDrafts",
                columns: new[] { "CitizenBsn", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AangifteFraudIdentifiers_AangifteId_Kind_Value",
                table: "AangifteFraudIdentifiers",
                columns: new[] { "AangifteId", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AangifteFraudIdentifiers_Kind_Value",
                table: "AangifteFraudIdentifiers",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_AangifteFraudPayments_AangifteId",
                table: "AangifteFraudPayments",
                column: "AangifteId");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteItems_AangifteId",
                table: "AangifteItems",
                column: "AangifteId");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteItems_FrameNumber",
                table: "AangifteItems",
                column: "FrameNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteItems_Imei",
                table: "AangifteItems",
                column: "Imei");

            migrationBuilder.CreateIndex(
                name: "IX_AangifteMessages_AangifteId_At",
                table: "AangifteMessages",
                columns: new[] { "AangifteId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_CitizenBsn",
                table: "Aangiftes",
                column: "CitizenBsn");

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_DraftId",
                table: "Aangiftes",
                column: "DraftId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_EenheidId_Status_SubmittedAt",
                table: "Aangiftes",
                columns: new[] { "EenheidId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_ReceiptNumber",
                table: "Aangiftes",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Aangiftes_RegistrationNumber",
                table: "Aangiftes",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AangifteStatusChanges_AangifteId_At",
                table: "AangifteStatusChanges",
                columns: new[] { "AangifteId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_BureauId_Start",
                table: "Appointments",
                columns: new[] { "BureauId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ManageTokenHash",
                table: "Appointments",
                column: "ManageTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Reference",
                table: "Appointments",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Status_Start",
                table: "Appointments",
                columns: new[] { "Status", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_AangifteId",
                table: "Attachments",
                column: "AangifteId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_DraftId",
                table: "Attachments",
                column: "DraftId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_MessageId",
                table: "Attachments",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EenheidId_At",
                table: "AuditEntries",
                columns: new[] { "EenheidId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Basisteams_EenheidId",
                table: "Basisteams",
                column: "EenheidId");

            migrationBuilder.CreateIndex(
                name: "IX_Bureaus_BasisteamId",
                table: "Bureaus",
                column: "BasisteamId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_CitizenBsn",
                table: "CaseFiles",
                column: "CitizenBsn");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_CitizenId",
                table: "CaseFiles",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_EenheidId_Status_CreatedAt",
                table: "CaseFiles",
                columns: new[] { "EenheidId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_Number",
                table: "CaseFiles",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_OriginType_OriginId",
                table: "CaseFiles",
                columns: new[] { "OriginType", "OriginId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_CaseId_ItemType_ItemId",
                table: "CaseLinks",
                columns: new[] { "CaseId", "ItemType", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_ItemType_ItemId",
                table: "CaseLinks",
                columns: new[] { "ItemType", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelInboundReceipts_ReceivedAt",
                table: "ChannelInboundReceipts",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ChatAgentPresence_EenheidId",
                table: "ChatAgentPresence",
                column: "EenheidId");

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
                name: "IX_ConversationMessages_ConversationId_ClientMessageId",
                table: "ConversationMessages",
                columns: new[] { "ConversationId", "ClientMessageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessages_ConversationId_Sequence",
                table: "ConversationMessages",
                columns: new[] { "ConversationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_AssignedAgentId_State",
                table: "Conversations",
                columns: new[] { "AssignedAgentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_Channel_ChannelAddressHash",
                table: "Conversations",
                columns: new[] { "Channel", "ChannelAddressHash" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CitizenId",
                table: "Conversations",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_State_QueueUnit_QueuedAt",
                table: "Conversations",
                columns: new[] { "State", "QueueUnit", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmailThreadMessages_ConversationId",
                table: "EmailThreadMessages",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailThreads_Token",
                table: "EmailThreads",
                column: "Token",
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
                name: "IX_Meldingen_CitizenId",
                table: "Meldingen",
                column: "CitizenId");

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
                name: "IX_Municipalities_BasisteamId",
                table: "Municipalities",
                column: "BasisteamId");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_EenheidId",
                table: "Municipalities",
                column: "EenheidId");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_NormalizedName",
                table: "Municipalities",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxNotifications_IdempotencyKey",
                table: "OutboxNotifications",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxNotifications_Status_LeaseUntil",
                table: "OutboxNotifications",
                columns: new[] { "Status", "LeaseUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxNotifications_Status_NextAttemptAt",
                table: "OutboxNotifications",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccessTokens_StaffUserId",
                table: "PersonalAccessTokens",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccessTokens_TokenHash",
                table: "PersonalAccessTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralPartnerTokens_ReferralId",
                table: "ReferralPartnerTokens",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralPartnerTokens_TokenHash",
                table: "ReferralPartnerTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AangifteId",
                table: "Referrals",
                column: "AangifteId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CitizenBsn",
                table: "Referrals",
                column: "CitizenBsn");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CitizenTokenHash",
                table: "Referrals",
                column: "CitizenTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_EenheidId_CreatedAt",
                table: "Referrals",
                columns: new[] { "EenheidId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Reference",
                table: "Referrals",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralStatusChanges_ReferralId_At",
                table: "ReferralStatusChanges",
                columns: new[] { "ReferralId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionAggregates_EenheidId_Month",
                table: "SatisfactionAggregates",
                columns: new[] { "EenheidId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionAggregatesByTeam_EenheidId_Month",
                table: "SatisfactionAggregatesByTeam",
                columns: new[] { "EenheidId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledSurveyInvitations_ContactReference",
                table: "ScheduledSurveyInvitations",
                column: "ContactReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledSurveyInvitations_DueAt",
                table: "ScheduledSurveyInvitations",
                column: "DueAt");

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

            migrationBuilder.CreateIndex(
                name: "IX_SimulatedChannelMessages_AddressHash_At",
                table: "SimulatedChannelMessages",
                columns: new[] { "AddressHash", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_AppointmentId",
                table: "SlotClaims",
                column: "AppointmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_ResourceKey_SlotStart_Seat",
                table: "SlotClaims",
                columns: new[] { "ResourceKey", "SlotStart", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyFollowUpTasks_EenheidId_Status_CreatedAt",
                table: "SurveyFollowUpTasks",
                columns: new[] { "EenheidId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_ContactReference",
                table: "SurveyInvitations",
                column: "ContactReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_ExpiresAt",
                table: "SurveyInvitations",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SentAt_CreatedAt",
                table: "SurveyInvitations",
                columns: new[] { "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TokenHash",
                table: "SurveyInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_EenheidId_Month",
                table: "SurveyResponses",
                columns: new[] { "EenheidId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_TriagePolicyVersions_Scope_Label",
                table: "TriagePolicyVersions",
                columns: new[] { "Scope", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TriagePolicyVersions_Status_EffectiveFrom",
                table: "TriagePolicyVersions",
                columns: new[] { "Status", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_VictimObligations_EenheidId_Status_DueAt",
                table: "VictimObligations",
                columns: new[] { "EenheidId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VictimObligations_RegisterId_RightId",
                table: "VictimObligations",
                columns: new[] { "RegisterId", "RightId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VictimRegisters_AangifteId_CitizenBsn",
                table: "VictimRegisters",
                columns: new[] { "AangifteId", "CitizenBsn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VictimRegisters_CitizenBsn",
                table: "VictimRegisters",
                column: "CitizenBsn");

            migrationBuilder.CreateIndex(
                name: "IX_VictimRightsChanges_RegisterId_At",
                table: "VictimRightsChanges",
                columns: new[] { "RegisterId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AangifteFraudIdentifiers");

            migrationBuilder.DropTable(
                name: "AangifteFraudPayments");

            migrationBuilder.DropTable(
                name: "AangifteItems");

            migrationBuilder.DropTable(
                name: "AangifteStatusChanges");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Bureaus");

            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "ChannelInboundReceipts");

            migrationBuilder.DropTable(
                name: "ChatAgentPresence");

            migrationBuilder.DropTable(
                name: "CitizenIdentities");

            migrationBuilder.DropTable(
                name: "ConversationMessages");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EmailThreadMessages");

            migrationBuilder.DropTable(
                name: "EmailThreads");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "LoggedContacts");

            migrationBuilder.DropTable(
                name: "Meldingen");

            migrationBuilder.DropTable(
                name: "MeldingFeedback");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.DropTable(
                name: "OutboxNotifications");

            migrationBuilder.DropTable(
                name: "PersonalAccessTokens");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "ReferralPartnerTokens");

            migrationBuilder.DropTable(
                name: "ReferralStatusChanges");

            migrationBuilder.DropTable(
                name: "SatisfactionAggregates");

            migrationBuilder.DropTable(
                name: "SatisfactionAggregatesByTeam");

            migrationBuilder.DropTable(
                name: "SatisfactionAggregatesByTopic");

            migrationBuilder.DropTable(
                name: "SatisfactionAggregatesByUnit");

            migrationBuilder.DropTable(
                name: "ScheduledSurveyInvitations");

            migrationBuilder.DropTable(
                name: "ServiceClocks");

            migrationBuilder.DropTable(
                name: "SimulatedChannelMessages");

            migrationBuilder.DropTable(
                name: "SlotClaims");

            migrationBuilder.DropTable(
                name: "SurveyFollowUpTasks");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "SurveyInvitationThrottles");

            migrationBuilder.DropTable(
                name: "SurveyItemAggregates");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "TriagePolicyVersions");

            migrationBuilder.DropTable(
                name: "VictimObligations");

            migrationBuilder.DropTable(
                name: "VictimRightsChanges");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AangifteDrafts");

            migrationBuilder.DropTable(
                name: "AangifteMessages");

            migrationBuilder.DropTable(
                name: "CaseFiles");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "MeldingBundles");

            migrationBuilder.DropTable(
                name: "Basisteams");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "VictimRegisters");

            migrationBuilder.DropTable(
                name: "KnownCitizens");

            migrationBuilder.DropTable(
                name: "Eenheden");

            migrationBuilder.DropTable(
                name: "Aangiftes");
        }
    }
}
