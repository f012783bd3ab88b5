using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verbinding.Web.Features.Contacts;

namespace Verbinding.Web.Features.Conversations;

public sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.Language).HasMaxLength(5);
        builder.Property(c => c.State).HasMaxLength(10);
        builder.Property(c => c.QueueUnit).HasMaxLength(64);
        builder.Property(c => c.TopicGroup).HasMaxLength(32);
        builder.Property(c => c.Topic).HasMaxLength(64);
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.Property(c => c.AssignedAgentId).HasMaxLength(450);
        builder.Property(c => c.AssignedAgentName).HasMaxLength(256);
        builder.Property(c => c.HandoffReason).HasMaxLength(32);
        builder.Property(c => c.HandoffSummary).HasMaxLength(4000);
        builder.Property(c => c.Outcome).HasMaxLength(32);
        builder.Property(c => c.ChannelAddressHash).HasMaxLength(64);
        builder.Property(c => c.ChannelAddress).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Channel, c.ChannelAddressHash });
        builder.HasIndex(c => c.CitizenId);
        builder.HasOne<KnownCitizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.State, c.QueueUnit, c.QueuedAt });
        builder.HasIndex(c => new { c.AssignedAgentId, c.State });
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
