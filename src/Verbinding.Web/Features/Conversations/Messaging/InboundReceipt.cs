using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>
/// A messaging channel's message id, stored the first time it arrives: the same id again is a replay or a
/// redelivery and is ignored. Stored as a SHA-256 so the row says nothing about the message.
/// </summary>
public sealed class InboundReceipt
{
    public required string Channel { get; set; }

    public required string MessageIdHash { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}

public sealed class InboundReceiptConfiguration : IEntityTypeConfiguration<InboundReceipt>
{
    public void Configure(EntityTypeBuilder<InboundReceipt> builder)
    {
        builder.ToTable("ChannelInboundReceipts");
        builder.HasKey(r => new { r.Channel, r.MessageIdHash });
        builder.Property(r => r.Channel).HasMaxLength(20);
        builder.Property(r => r.MessageIdHash).HasMaxLength(64);
        builder.HasIndex(r => r.ReceivedAt);
    }
}
