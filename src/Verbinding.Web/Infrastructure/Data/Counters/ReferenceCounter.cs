using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Infrastructure.Data.Counters;

/// <summary>One named counter (e.g. "melding-2026") from which public reference numbers are drawn.</summary>
public sealed class ReferenceCounter
{
    public required string Name { get; set; }
    public long Value { get; set; }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> b)
    {
        b.ToTable("ReferenceCounters");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(40);
    }
}
