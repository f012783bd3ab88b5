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

public static class InboundReceipts
{
    /// <summary>Stores the message id; false when it was stored before (a replay or a redelivery) or concurrently.</summary>
    public static async Task<bool> ClaimReceiptAsync(this Infrastructure.Data.VerbindingDbContext db, string channel, string idHash, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Set<InboundReceipt>().AnyAsync(r => r.Channel == channel && r.MessageIdHash == idHash, ct))
            return false;
        db.Add(new InboundReceipt { Channel = channel, MessageIdHash = idHash, ReceivedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false; // the same id arrived concurrently and won
        }
    }

    /// <summary>Forgets a claimed id whose message was not stored after all, so the sender's redelivery is handled.</summary>
    public static async Task ReleaseReceiptAsync(this Infrastructure.Data.VerbindingDbContext db, string channel, string idHash)
    {
        db.ChangeTracker.Clear();
        await db.Set<InboundReceipt>().Where(r => r.Channel == channel && r.MessageIdHash == idHash).ExecuteDeleteAsync(CancellationToken.None);
    }
}
