using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(n => n.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Recipient).HasMaxLength(320);
        b.Property(n => n.Language).HasMaxLength(2);
        b.Property(n => n.Subject).HasMaxLength(200);
        b.Property(n => n.Body).HasMaxLength(4000);
        b.Property(n => n.RelatedType).HasMaxLength(40);
        b.Property(n => n.RelatedId).HasMaxLength(64);
        b.Property(n => n.LastError).HasMaxLength(1000);
        b.HasIndex(n => new { n.Status, n.CreatedAt });
        b.HasIndex(n => new { n.RelatedType, n.RelatedId });
    }
}
