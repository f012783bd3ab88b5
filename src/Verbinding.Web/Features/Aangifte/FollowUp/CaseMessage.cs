using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>A message on an aangifte between the citizen and the unit's handler. Files sent with it are Attachments rows with its MessageId.</summary>
public sealed class CaseMessage
{
    public const int MaxLength = 4000;

    public Guid Id { get; set; }

    public Guid AangifteId { get; set; }

    public bool FromCitizen { get; set; }

    /// <summary>The staff user id for a handler's reply; never shown to the citizen.</summary>
    public string? StaffUserId { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset At { get; set; }
}

public sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> e)
    {
        e.ToTable("AangifteMessages");
        e.Property(m => m.Body).HasMaxLength(CaseMessage.MaxLength);
        e.Property(m => m.StaffUserId).HasMaxLength(100);
        e.HasIndex(m => new { m.AangifteId, m.At });
        e.HasOne<SubmittedAangifte>().WithMany().HasForeignKey(m => m.AangifteId).OnDelete(DeleteBehavior.Cascade);
    }
}
