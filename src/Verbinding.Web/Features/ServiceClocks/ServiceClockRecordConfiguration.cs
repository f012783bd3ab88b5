using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.ServiceClocks;

internal sealed class ServiceClockRecordConfiguration : IEntityTypeConfiguration<ServiceClockRecord>
{
    public void Configure(EntityTypeBuilder<ServiceClockRecord> builder)
    {
        builder.ToTable("ServiceClocks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.SubjectType).HasMaxLength(50);
        builder.Property(c => c.SubjectId).HasMaxLength(100);
        builder.Property(c => c.EenheidId).HasMaxLength(50);
        builder.Property(c => c.ServiceLevelKey).HasMaxLength(100);
        builder.Property(c => c.EventLog).HasMaxLength(8000);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.SubjectType, c.SubjectId });
        builder.HasIndex(c => new { c.EenheidId, c.State, c.Due });
        builder.HasIndex(c => new { c.State, c.Due });
    }
}
