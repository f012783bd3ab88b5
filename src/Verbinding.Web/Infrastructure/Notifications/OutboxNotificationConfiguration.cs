using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Infrastructure.Notifications;

internal sealed class OutboxNotificationConfiguration : IEntityTypeConfiguration<OutboxNotification>
{
    public void Configure(EntityTypeBuilder<OutboxNotification> builder)
    {
        builder.ToTable("OutboxNotifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.IdempotencyKey).HasMaxLength(NotificationRequest.MaxKeyLength);
        builder.HasIndex(n => n.IdempotencyKey).IsUnique();
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.ProtectedRecipient).HasMaxLength(2000);
        builder.Property(n => n.RecipientKeyHash).HasMaxLength(64);
        builder.HasIndex(n => n.RecipientKeyHash);
        builder.Property(n => n.Language).HasMaxLength(5);
        builder.Property(n => n.TemplateId).HasMaxLength(100);
        builder.Property(n => n.ModelJson).HasMaxLength(4000);
        builder.Property(n => n.EenheidId).HasMaxLength(50);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.LastError).HasMaxLength(NotificationErrors.MaxLength);
        builder.Property(n => n.LeaseHolder).HasMaxLength(200);
        builder.Property(n => n.AttachmentFileName).HasMaxLength(NotificationAttachment.MaxFileNameLength);
        builder.Property(n => n.AttachmentContentType).HasMaxLength(NotificationAttachment.MaxContentTypeLength);
        builder.Property(n => n.AttachmentContent).HasMaxLength(NotificationAttachment.MaxContentLength);
        // The dispatcher's claim query: due rows by status and time.
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
        builder.HasIndex(n => new { n.Status, n.LeaseUntil });
    }
}
