using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Cases;

/// <summary>One item in a case: which kind, which record, and who linked it when. The item itself stays in its own feature.</summary>
public sealed class CaseLink
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>A <see cref="CaseItemTypes"/> value.</summary>
    public required string ItemType { get; set; }

    /// <summary>The item's key as text: a Guid, or a melding's number id.</summary>
    public required string ItemId { get; set; }

    public DateTimeOffset LinkedAt { get; set; }

    /// <summary>The staff user id, or "system" for the automatic link of an aangifte.</summary>
    public required string LinkedBy { get; set; }
}

public static class CaseItemTypes
{
    public const string Aangifte = "aangifte";
    public const string Melding = "melding";
    public const string Conversation = "conversation";
    public const string Contact = "contact";
    public const string Appointment = "appointment";
    public const string Referral = "referral";

    public static readonly IReadOnlyList<string> All = [Aangifte, Melding, Conversation, Contact, Appointment, Referral];

    /// <summary>Staff may open a case from these; an aangifte gets its case automatically.</summary>
    public static readonly IReadOnlyList<string> CanOpenFrom = [Contact, Conversation, Melding];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type);
}

public sealed class CaseLinkConfiguration : IEntityTypeConfiguration<CaseLink>
{
    public void Configure(EntityTypeBuilder<CaseLink> e)
    {
        e.ToTable("CaseLinks");
        e.HasKey(l => l.Id);
        e.Property(l => l.ItemType).HasMaxLength(16);
        e.Property(l => l.ItemId).HasMaxLength(64);
        e.Property(l => l.LinkedBy).HasMaxLength(450);
        // An item is linked to a case once; a double click or a parallel link cannot add it twice.
        e.HasIndex(l => new { l.CaseId, l.ItemType, l.ItemId }).IsUnique();
        e.HasIndex(l => new { l.ItemType, l.ItemId });
    }
}
