using Verbinding.Web.Features.Conversations.Messaging;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>
/// Puts what goes out by e-mail into the notification outbox, in the caller's unit of work: a colleague's messages and
/// the acknowledgement. The outbox row holds ids only; the text is read from the transcript when the mail is composed
/// (<see cref="EmailReplyComposer"/>), and the dispatcher retries until the mail server takes it.
/// </summary>
public sealed class EmailOutbound(VerbindingDbContext db, INotificationOutbox outbox, ChannelAddresses addresses, EmailAddressing addressing)
{
    public const string KeyPrefix = "email-reply:";

    /// <summary>Where the citizen can also read the conversation after signing in.</summary>
    public const string PortalLink = "/mijn/contact";

    public static string KeyFor(Guid messageId) => KeyPrefix + messageId.ToString("N");

    public string MessageIdFor(Guid messageId) => $"{messageId:N}@{addressing.Domain}";

    public async Task EnqueueAsync(Conversation c, ConversationChange change, CancellationToken ct)
    {
        if (c.Channel != ConversationChannels.Email || c.ChannelAddress is null)
            return;
        var outgoing = change.Added.Where(m => m.AuthorKind == AuthorKinds.Agent).Concat(change.AlsoMailed).Distinct().OrderBy(m => m.Sequence).ToList();
        if (outgoing.Count == 0)
            return;
        var to = addresses.Reveal(c.ChannelAddress);
        foreach (var m in outgoing)
        {
            await outbox.EnqueueAsync(new NotificationRequest(KeyFor(m.Id), NotificationChannel.Email, to, c.Language, NotificationTemplateIds.GesprekEmail,
                new Dictionary<string, string>
                {
                    ["conversation"] = c.Id.ToString("N"), ["message"] = m.Id.ToString("N"), [NotificationTemplateIds.Link] = PortalLink,
                }), ct);
            // Known before it is sent: a quick reply to it still finds this conversation.
            db.Add(new EmailThreadMessage { MessageIdHash = EmailThreading.Hash(MessageIdFor(m.Id)), ConversationId = c.Id });
        }
    }
}
