using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Appointments;

internal sealed class SlotClaimConfiguration : IEntityTypeConfiguration<SlotClaim>
{
    public void Configure(EntityTypeBuilder<SlotClaim> builder)
    {
        builder.ToTable("SlotClaims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ResourceKey).HasMaxLength(AppointmentLimits.ResourceKey);
        // The no-double-booking guarantee: one row per seat, enforced by the database.
        builder.HasIndex(c => new { c.ResourceKey, c.SlotStart, c.Seat }).IsUnique();
        builder.HasIndex(c => c.AppointmentId).IsUnique();
        builder.HasOne<Appointment>().WithMany().HasForeignKey(c => c.AppointmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
