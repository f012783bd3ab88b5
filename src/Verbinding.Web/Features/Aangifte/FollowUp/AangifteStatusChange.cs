using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>One step of the status timeline the citizen sees: which status, since when, and the coded reason if closed.</summary>
public sealed class AangifteStatusChange
{
    public Guid Id { get; set; }

    public Guid AangifteId { get; set; }

    public AangifteStatus Status { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }
}

public sealed class AangifteStatusChangeConfiguration : IEntityTypeConfiguration<AangifteStatusChange>
{
    public void Configure(EntityTypeBuilder<AangifteStatusChange> e)
    {
        e.ToTable("AangifteStatusChanges");
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        e.Property(c => c.Reason).HasMaxLength(40);
        e.HasIndex(c => new { c.AangifteId, c.At });
        e.HasOne<SubmittedAangifte>().WithMany().HasForeignKey(c => c.AangifteId).OnDelete(DeleteBehavior.Cascade);
    }
}
