using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Monitor.Data;

internal sealed class ScheduledSurveyInvitationConfiguration : IEntityTypeConfiguration<ScheduledSurveyInvitation>
{
    public void Configure(EntityTypeBuilder<ScheduledSurveyInvitation> builder)
    {
        builder.ToTable("ScheduledSurveyInvitations");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.ContactReference).IsUnique();
        builder.HasIndex(s => s.DueAt);
        builder.Property(s => s.ContactReference).HasMaxLength(100);
        builder.Property(s => s.CitizenKeyHash).HasMaxLength(64);
        builder.Property(s => s.ProtectedEmail).HasMaxLength(2000);
        builder.Property(s => s.ProtectedPhone).HasMaxLength(2000);
        builder.Property(s => s.Delivery).HasMaxLength(16);
        builder.Property(s => s.Language).HasMaxLength(5);
        builder.Property(s => s.LeaseHolder).HasMaxLength(200);
        SurveyInvitationConfiguration.MetadataColumns(builder);
    }
}
