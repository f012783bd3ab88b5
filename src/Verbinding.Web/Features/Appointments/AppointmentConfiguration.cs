using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Appointments;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reference).HasMaxLength(20);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ResourceKey).HasMaxLength(AppointmentLimits.ResourceKey);
        builder.Property(a => a.BureauId).HasMaxLength(50);
        builder.Property(a => a.EenheidId).HasMaxLength(50);
        builder.Property(a => a.Reason).HasMaxLength(20);
        builder.Property(a => a.Name).HasMaxLength(AppointmentLimits.Name);
        builder.Property(a => a.Email).HasMaxLength(AppointmentLimits.Email);
        builder.Property(a => a.Phone).HasMaxLength(AppointmentLimits.Phone);
        builder.Property(a => a.EmailKeyHash).HasMaxLength(64);
        builder.Property(a => a.PhoneKeyHash).HasMaxLength(64);
        builder.Property(a => a.Language).HasMaxLength(5);
        builder.Property(a => a.ManageTokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.ManageTokenHash).IsUnique();
        builder.Property(a => a.ProtectedManageToken).HasMaxLength(1000);
        // The staff agenda (bureau, day) and the reminder sweep (status, start).
        builder.HasIndex(a => new { a.BureauId, a.Start });
        builder.HasIndex(a => new { a.Status, a.Start });
        // The citizen's data export.
        builder.HasIndex(a => a.EmailKeyHash);
        builder.HasIndex(a => a.PhoneKeyHash);
    }
}
