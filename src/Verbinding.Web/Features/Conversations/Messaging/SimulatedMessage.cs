using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>A message on the simulated phone (/dev/whatsapp): what the simulator sent in and what the app sent out.</summary>
public sealed class SimulatedMessage
{
    public Guid Id { get; set; }

    /// <summary>Keyed hash of the phone number (as in conversations), so the table holds no numbers.</summary>
    public required string AddressHash { get; set; }

    /// <summary><c>in</c> (citizen to police) or <c>out</c>.</summary>
    public required string Direction { get; set; }

    public required string Text { get; set; }

    public string? TemplateName { get; set; }

    public DateTimeOffset At { get; set; }
}

public sealed class SimulatedMessageConfiguration : IEntityTypeConfiguration<SimulatedMessage>
{
    public void Configure(EntityTypeBuilder<SimulatedMessage> builder)
    {
        builder.ToTable("SimulatedChannelMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.AddressHash).HasMaxLength(64);
        builder.Property(m => m.Direction).HasMaxLength(3);
        builder.Property(m => m.Text).HasMaxLength(ConversationLimits.MaxStoredTextLength);
        builder.Property(m => m.TemplateName).HasMaxLength(64);
        builder.HasIndex(m => new { m.AddressHash, m.At });
    }
}
