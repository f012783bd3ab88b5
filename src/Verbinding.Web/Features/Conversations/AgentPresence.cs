using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// One open workspace connection of a colleague, for the supervisors' "agents online" figure. Kept in the
/// database, not in memory, so every node counts the same; a row lives as long as the SignalR connection.
/// </summary>
public sealed class AgentPresence
{
    public required string ConnectionId { get; set; }

    public required string UserId { get; set; }

    /// <summary>The colleague's own eenheid: the queue figure they count towards.</summary>
    public required string EenheidId { get; set; }

    public DateTimeOffset ConnectedAt { get; set; }
}

public sealed class AgentPresenceConfiguration : IEntityTypeConfiguration<AgentPresence>
{
    public void Configure(EntityTypeBuilder<AgentPresence> builder)
    {
        builder.ToTable("ChatAgentPresence");
        builder.HasKey(p => p.ConnectionId);
        builder.Property(p => p.ConnectionId).HasMaxLength(128);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.EenheidId).HasMaxLength(64);
        builder.HasIndex(p => p.EenheidId);
    }
}
