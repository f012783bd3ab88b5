using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Cases;

/// <summary>
/// A zaak: one matter of one citizen, grouping the aangifte, contacts, conversations, meldingen, appointments and
/// referrals about it (<see cref="CaseLink"/>), so staff read one timeline and the citizen follows one case.
/// </summary>
public sealed class CaseFile
{
    public Guid Id { get; set; }

    /// <summary>Public number, e.g. "ZK-2026-000123": with the access code it opens the case page without DigiD.</summary>
    public required string Number { get; set; }

    /// <summary>SHA-256 of the access code (<see cref="Meldingen.TrackingCodes"/>); the code itself is only sent to the citizen.</summary>
    public required string AccessCodeHash { get; set; }

    public required string Title { get; set; }

    /// <summary>The eenheid that handles the case: who may read it.</summary>
    public required string EenheidId { get; set; }

    /// <summary>The citizen in the contacts timeline, when known.</summary>
    public Guid? CitizenId { get; set; }

    /// <summary>The BSN of a case opened from an aangifte: "Mijn zaken" finds it after DigiD sign-in. Never logged.</summary>
    public string? CitizenBsn { get; set; }

    public CaseStatus Status { get; set; }

    /// <summary>A <see cref="CaseClosingReasons"/> code when closed.</summary>
    public string? ClosingReason { get; set; }

    /// <summary>"nl" or "en": the language for the access-code e-mail and the citizen's page.</summary>
    public string Language { get; set; } = "nl";

    /// <summary>The item the case was opened from (type and id): at most one case per item, also under parallel requests.</summary>
    public required string OriginType { get; set; }

    public required string OriginId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The staff user id who opened it, or "system" for an aangifte's automatic case.</summary>
    public required string CreatedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// Where status changes reach the citizen: an e-mail address or a mobile number, encrypted like the outbox's
    /// recipients (<see cref="Infrastructure.Notifications.RecipientProtector"/>). Null: no message, only the case page.
    /// </summary>
    public string? ProtectedRecipient { get; set; }

    /// <summary>E-mail or SMS for <see cref="ProtectedRecipient"/>; chosen once at opening by the citizen's preference.</summary>
    public Infrastructure.Notifications.NotificationChannel? NotifyBy { get; set; }

    /// <summary>The case's service clock (<see cref="ServiceClocks.ServiceClockRecord"/>, subject "Case" and the case number).</summary>
    public Guid? ClockId { get; set; }

    public List<CaseLink> Links { get; set; } = [];

    public bool IsClosed => Status == CaseStatus.Afgesloten;
}

public enum CaseStatus
{
    /// <summary>Received: nobody has picked it up yet.</summary>
    Ontvangen,
    InBehandeling,
    /// <summary>Waiting for the citizen: we asked something.</summary>
    InformatieNodig,
    Afgesloten,
}

public static class CaseClosingReasons
{
    public static readonly IReadOnlyList<string> All = ["afgehandeld", "doorverwezen", "geen-actie-mogelijk", "ingetrokken"];
}

public sealed class CaseFileConfiguration : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> e)
    {
        e.ToTable("CaseFiles");
        e.HasKey(c => c.Id);
        e.Property(c => c.Number).HasMaxLength(20);
        e.Property(c => c.AccessCodeHash).HasMaxLength(64);
        e.Property(c => c.Title).HasMaxLength(CaseLimits.Title);
        e.Property(c => c.EenheidId).HasMaxLength(64);
        e.Property(c => c.CitizenBsn).HasMaxLength(9);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        e.Property(c => c.ClosingReason).HasMaxLength(40);
        e.Property(c => c.Language).HasMaxLength(2);
        e.Property(c => c.OriginType).HasMaxLength(16);
        e.Property(c => c.OriginId).HasMaxLength(64);
        e.Property(c => c.CreatedBy).HasMaxLength(450);
        e.Property(c => c.ProtectedRecipient).HasMaxLength(2000);
        e.Property(c => c.NotifyBy).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(c => c.Number).IsUnique();
        e.HasIndex(c => new { c.OriginType, c.OriginId }).IsUnique();
        e.HasIndex(c => new { c.EenheidId, c.Status, c.CreatedAt });
        e.HasIndex(c => c.CitizenId);
        e.HasIndex(c => c.CitizenBsn);
        e.HasMany(c => c.Links).WithOne().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class CaseLimits
{
    public const int Title = 200;
    public const int PageSize = 20;
}
