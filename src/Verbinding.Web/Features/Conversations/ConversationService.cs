using Microsoft.EntityFrameworkCore;
using Verbinding.Assistant.Dialogue;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations.Email;
using Verbinding.Web.Features.Conversations.Messaging;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.ServiceLevels;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// The one implementation behind the HTTP API, the SignalR hub and the pages. Every change is stored before
/// anyone is told about it; a change made concurrently elsewhere makes the operation decide again on fresh data.
/// </summary>
public sealed partial class ConversationService(
    VerbindingDbContext db, DialogueEngine wout, TimeProvider time, IChatNotifier notifier,
    ChatQueues queues, SystemMessages system, AuditTrail audit, ChannelDelivery delivery, ChannelAddresses addresses,
    MessagingTemplates templates, WoutMeldingIntake meldingen, SurveyTriggers surveys, EmailOutbound emails, FirstResponseClock clock,
    ILogger<ConversationService> logger)
{
    private const int MaxAttempts = 5;

    /// <param name="citizenId">The citizen's timeline, when they are signed in (DigiD) while starting the chat.</param>
    public async Task<StartedConversation> StartAsync(
        string channel, string language, string? municipality, CancellationToken ct, Guid? citizenId = null)
    {
        var now = time.GetUtcNow();
        var greeting = wout.Greeting(language);
        var token = ConversationToken.Create();
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(now),
            Channel = channel,
            Language = greeting.State.Language,
            QueueUnit = queues.UnitFor(municipality),
            TokenHash = ConversationToken.Hash(token),
            DialogueStateJson = DialogueStateJson.Write(greeting.State),
            CitizenId = citizenId,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        var change = new ConversationChange(conversation, now);
        foreach (var reply in greeting.Replies)
        {
            change.Add(AuthorKinds.Bot, reply.Text, reply.Topic, reply.Actions);
        }
        db.Add(conversation);
        db.AddRange(change.Added);
        await db.SaveChangesAsync(ct);
        return new StartedConversation(conversation.Id, token, [.. change.Added.Select(MessageView.From)]);
    }

    public Task<SendOutcome> SendAsCitizenAsync(Guid id, string? token, string text, string? clientMessageId, CancellationToken ct) =>
        ChangeAsync(id, async (c, change) =>
        {
            if (c is null || !ConversationToken.Matches(token, c.TokenHash))
                return new SendOutcome(SendStatus.NotFound);
            if (clientMessageId is not null && await EarlierRepliesAsync(c, clientMessageId, ct) is { } earlier)
                return new SendOutcome(SendStatus.Sent, earlier);
            if (c.State == ConversationStates.Closed)
                return new SendOutcome(SendStatus.Closed);

            var replies = await ConverseAsync(c, change, text, clientMessageId, ct);
            return new SendOutcome(SendStatus.Sent, new SentMessage([.. replies.Select(Reply)], c.State));
        }, ct);

    /// <summary>Stores the citizen's message and lets Wout answer while he owns the conversation; returns what was said back.</summary>
    private async Task<List<ConversationMessage>> ConverseAsync(
        Conversation c, ConversationChange change, string text, string? clientMessageId, CancellationToken ct)
    {
        change.Add(AuthorKinds.Citizen, text.Trim(), clientMessageId: clientMessageId);
        c.LastCitizenMessageAt = change.Now;
        var turn = wout.Reply(DialogueStateJson.Read(c.DialogueStateJson, c.Language), text, change.Now);
        if (turn.Melding is not null)
            turn = await meldingen.FileAsync(c.Id, turn, ct);
        c.DialogueStateJson = DialogueStateJson.Write(turn.State);
        if (c.State != ConversationStates.Bot)
        {
            // Wout is silent once the chat is handed over, but the engine's 112 advice in an emergency is never withheld.
            return [.. turn.Replies.Select(r => change.Add(AuthorKinds.System, r.Text, r.Topic, r.Actions))];
        }
        c.Language = turn.State.Language;
        c.Topic = turn.State.Topic ?? c.Topic;
        List<ConversationMessage> replies = [.. turn.Replies.Select(r => change.Add(AuthorKinds.Bot, r.Text, r.Topic, r.Actions))];
        if (turn.Handoff is { } handoff)
        {
            Enqueue(c, change, handoff);
            if (await CallBackOfferAsync(c, change, ct) is { } offer)
                replies.Add(offer);
        }
        return replies;
    }

    public async Task<Transcript?> TranscriptForCitizenAsync(Guid id, string? token, CancellationToken ct)
    {
        var conversation = await db.Set<Conversation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null || !ConversationToken.Matches(token, conversation.TokenHash))
            return null;
        return new Transcript(conversation.Id, conversation.Channel, conversation.Language, conversation.State, await MessagesAsync(id, ct));
    }

    private async Task<IReadOnlyList<MessageView>> MessagesAsync(Guid id, CancellationToken ct) =>
        (await db.Set<ConversationMessage>().AsNoTracking()
            .Where(m => m.ConversationId == id).OrderBy(m => m.Sequence).ToListAsync(ct))
        .Select(MessageView.From).ToList();

    private void Enqueue(Conversation c, ConversationChange change, HandoffRequest handoff)
    {
        c.State = ConversationStates.Waiting;
        c.QueuedAt = change.Now;
        c.HandoffReason = handoff.Reason;
        c.HandoffSummary = handoff.Summary;
        c.TopicGroup = TopicGroups.For(c.Topic);
        change.QueueChanged = true;
    }

    /// <summary>A retried message: answer with what was said after it the first time instead of storing it again.</summary>
    private async Task<SentMessage?> EarlierRepliesAsync(Conversation c, string clientMessageId, CancellationToken ct)
    {
        var original = await db.Set<ConversationMessage>().AsNoTracking()
            .Where(m => m.ConversationId == c.Id && m.ClientMessageId == clientMessageId)
            .Select(m => new { m.Sequence }).FirstOrDefaultAsync(ct);
        if (original is null)
            return null;
        var after = await db.Set<ConversationMessage>().AsNoTracking()
            .Where(m => m.ConversationId == c.Id && m.Sequence > original.Sequence)
            .OrderBy(m => m.Sequence).Take(20).ToListAsync(ct);
        var replies = after.TakeWhile(m => m.AuthorKind is AuthorKinds.Bot or AuthorKinds.System).Select(MessageView.From);
        return new SentMessage([.. replies.Select(ReplyView.From)], c.State);
    }

    private static ReplyView Reply(ConversationMessage m) => ReplyView.From(MessageView.From(m));

    /// <summary>Loads the conversation, lets <paramref name="apply"/> decide and change it, saves, then tells listeners.</summary>
    private async Task<TResult> ChangeAsync<TResult>(
        Guid id, Func<Conversation?, ConversationChange, Task<TResult>> apply, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var conversation = await db.Set<Conversation>().FirstOrDefaultAsync(c => c.Id == id, ct);
            var change = new ConversationChange(conversation, time.GetUtcNow());
            var result = await apply(conversation, change);
            if (conversation is null || !change.HasChanges)
                return result;
            conversation.Version = Guid.NewGuid();
            db.AddRange(change.Added);
            await emails.EnqueueAsync(conversation, change, ct); // in the same transaction as the messages themselves
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts)
            {
                // Someone else changed this conversation (or stored the same client message id) first: decide again.
                logger.LogDebug(ex, "Conversation {Id} changed concurrently, attempt {Attempt}", id, attempt);
                continue;
            }
            await notifier.ChangedAsync(conversation, change, ct);
            await delivery.DeliverAsync(conversation, change, ct);
            return result;
        }
    }
}
