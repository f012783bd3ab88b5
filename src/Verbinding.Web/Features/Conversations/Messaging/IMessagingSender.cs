namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>A message to a citizen's phone: free text, or an approved template (outside the reply window).</summary>
public sealed record OutboundMessage(string Channel, string To, string Text, string? TemplateName, string Language);

/// <summary>Sends to a messaging provider (WhatsApp Business). Development and tests store instead (<see cref="SimulatedMessagingSender"/>).</summary>
public interface IMessagingSender
{
    Task SendAsync(OutboundMessage message, CancellationToken ct);
}

/// <summary>Outside Development no provider is connected yet: the message stays in the transcript and a warning is logged.</summary>
public sealed class UnconfiguredMessagingSender(ILogger<UnconfiguredMessagingSender> logger) : IMessagingSender
{
    public Task SendAsync(OutboundMessage message, CancellationToken ct)
    {
        logger.LogWarning("No messaging provider configured for channel {Channel}; message not sent", message.Channel);
        return Task.CompletedTask;
    }
}
