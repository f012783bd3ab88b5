using Microsoft.Extensions.Options;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>
/// Sends what was just stored in a messaging-channel conversation to the citizen's phone: Wout's and colleagues'
/// messages and system notices. Free text only inside the reply window; templates always. Failures are logged,
/// never thrown: the transcript is the record, delivery is best effort (as with the live web chat).
/// </summary>
public sealed class ChannelDelivery(
    IMessagingSender sender, ChannelAddresses addresses, IOptions<WhatsAppOptions> options, ILogger<ChannelDelivery> logger)
{
    public bool IsWindowOpen(Conversation c, DateTimeOffset now) =>
        !ConversationChannels.IsMessaging(c.Channel) || MessagingWindow.IsOpen(c.LastCitizenMessageAt, now, options.Value.ReplyWindow);

    public async Task DeliverAsync(Conversation c, ConversationChange change, CancellationToken ct)
    {
        if (!ConversationChannels.IsMessaging(c.Channel) || c.ChannelAddress is null)
            return;
        var outbound = change.Added.Where(m => m.AuthorKind != AuthorKinds.Citizen).ToList();
        if (outbound.Count == 0)
            return;
        var windowOpen = IsWindowOpen(c, change.Now);
        try
        {
            var to = addresses.Reveal(c.ChannelAddress);
            foreach (var m in outbound)
            {
                if (m.TemplateName is null && !windowOpen)
                {
                    logger.LogInformation("Message {Sequence} of conversation {Id} kept in the transcript only: reply window closed", m.Sequence, c.Id);
                    continue;
                }
                await sender.SendAsync(new OutboundMessage(c.Channel, to, m.Text, m.TemplateName, c.Language), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Messages for conversation {Id} not delivered to channel {Channel}", c.Id, c.Channel);
        }
    }
}
