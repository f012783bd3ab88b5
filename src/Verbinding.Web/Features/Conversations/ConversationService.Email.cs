using Microsoft.EntityFrameworkCore;
using Verbinding.Assistant.Dialogue;
using Verbinding.Web.Features.Conversations.Email;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Conversations;

/// <summary>An e-mail whose sender is known by key: the parsed message, the sender's keyed hash, their timeline, the id's hash.</summary>
public sealed record EmailReceived(InboundEmail Email, string AddressHash, string Address, Guid? CitizenId, string MessageIdHash);

public sealed partial class ConversationService
{
    private const string EmailHandoffReason = "email";

    /// <summary>
    /// Adds an e-mail to its thread's conversation (same sender, by thread token or a referenced Message-Id; a closed
    /// one is reopened) or starts a new one straight in the queue. Wout only classifies; the citizen gets an
    /// acknowledgement with the time a colleague's answer is due.
    /// </summary>
    public async Task ReceiveEmailAsync(EmailReceived received, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await EmailConversationOfAsync(received, ct) is not { } id)
            {
                await StartEmailConversationAsync(received, ct);
                return;
            }
            var stored = await ChangeAsync(id, async (c, change) =>
            {
                if (c is null)
                    return false;
                if (await db.Set<ConversationMessage>().AnyAsync(m => m.ConversationId == c.Id && m.ClientMessageId == received.MessageIdHash, ct))
                    return true;
                c.CitizenId ??= received.CitizenId;
                change.Add(AuthorKinds.Citizen, received.Email.Text, clientMessageId: received.MessageIdHash);
                c.LastCitizenMessageAt = change.Now;
                if (c.State == ConversationStates.Closed)
                {
                    // The citizen answered our answer: the same case again, back in the queue with a fresh clock.
                    (c.State, c.QueuedAt, c.ClaimedAt, c.FirstAgentResponseAt, c.ClosedAt, c.Outcome) =
                        (ConversationStates.Waiting, change.Now, null, null, null, null);
                    (c.AssignedAgentId, c.AssignedAgentName) = (null, null);
                    change.QueueChanged = true;
                    Acknowledge(c, change);
                }
                var thread = await db.Set<EmailThread>().FirstAsync(t => t.ConversationId == c.Id, ct);
                thread.LastInboundMessageId = received.Email.MessageId;
                thread.References = EmailThreading.Append(thread.References, received.Email.MessageId);
                if (!await db.Set<EmailThreadMessage>().AnyAsync(m => m.MessageIdHash == received.MessageIdHash, ct))
                    db.Add(new EmailThreadMessage { MessageIdHash = received.MessageIdHash, ConversationId = c.Id });
                return true;
            }, ct);
            if (stored)
                return;
        }
        throw new InvalidOperationException("No conversation to store the e-mail in.");
    }

    /// <summary>The thread's conversation, only if the same sender wrote it: a leaked token or id lets nobody else in.</summary>
    private async Task<Guid?> EmailConversationOfAsync(EmailReceived received, CancellationToken ct)
    {
        var ours = db.Set<Conversation>().AsNoTracking()
            .Where(c => c.Channel == ConversationChannels.Email && c.ChannelAddressHash == received.AddressHash);
        if (received.Email.ThreadToken is { } token
            && await ours.Where(c => db.Set<EmailThread>().Any(t => t.ConversationId == c.Id && t.Token == token))
                .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) is { } byToken)
            return byToken;
        var hashes = received.Email.ReferencedIds.Select(EmailThreading.Hash).Append(received.MessageIdHash).ToList();
        return await ours.Where(c => db.Set<EmailThreadMessage>().Any(m => m.ConversationId == c.Id && hashes.Contains(m.MessageIdHash)))
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
    }

    private async Task StartEmailConversationAsync(EmailReceived received, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var email = received.Email;
        // Wout reads subject and body to classify and to pick out details for the colleague; what he would say is not used.
        var turn = wout.Reply(wout.Greeting(Languages.Dutch).State, $"{email.Subject}\n{email.Text}", now);
        var topic = turn.State.Topic;
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(now),
            Channel = ConversationChannels.Email,
            Language = turn.State.Language,
            State = ConversationStates.Waiting,
            QueueUnit = ConversationQueues.National,
            TopicGroup = TopicGroups.For(topic),
            Topic = topic,
            TokenHash = ConversationToken.Hash(ConversationToken.Create()),
            DialogueStateJson = DialogueStateJson.Write(turn.State with { HandedOff = true }),
            HandoffReason = EmailHandoffReason,
            HandoffSummary = $"E-mail, onderwerp: {(email.Subject.Length > 0 ? email.Subject : "(geen)")}. Onderwerp volgens Wout: {topic ?? "onbekend"}.",
            ChannelAddressHash = received.AddressHash,
            ChannelAddress = addresses.Protect(received.Address),
            CitizenId = received.CitizenId,
            LastCitizenMessageAt = now,
            QueuedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        var change = new ConversationChange(conversation, now) { QueueChanged = true };
        change.Add(AuthorKinds.Citizen, email.Text, topic, clientMessageId: received.MessageIdHash);
        Acknowledge(conversation, change);
        db.ChangeTracker.Clear();
        db.Add(conversation);
        db.Add(new EmailThread
        {
            ConversationId = conversation.Id, Token = EmailThreading.NewToken(), Subject = email.Subject,
            LastInboundMessageId = email.MessageId, References = EmailThreading.Append("", email.MessageId),
        });
        db.Add(new EmailThreadMessage { MessageIdHash = received.MessageIdHash, ConversationId = conversation.Id });
        db.AddRange(change.Added);
        await emails.EnqueueAsync(conversation, change, ct);
        await db.SaveChangesAsync(ct);
        await notifier.ChangedAsync(conversation, change, ct);
    }

    /// <summary>The automatic answer: received, and by when a colleague answers (the channel's first-response target).</summary>
    private void Acknowledge(Conversation c, ConversationChange change)
    {
        var due = clock.Due(c.Channel, c.QueueUnit, change.Now);
        change.MailAlso(change.Add(AuthorKinds.System, string.Format(
            System.Globalization.CultureInfo.InvariantCulture, system.Get("EmailAcknowledgement", c.Language), DutchTime.ToLocal(due).ToString("d-M-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
