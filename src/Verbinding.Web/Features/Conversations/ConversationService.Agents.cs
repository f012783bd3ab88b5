using Microsoft.EntityFrameworkCore;
using Verbinding.Assistant.Dialogue;
using Verbinding.Web.Features.Audit;

namespace Verbinding.Web.Features.Conversations;

public sealed partial class ConversationService
{
    private const string AuditEntity = "Conversation";
    private const string AuditPurpose = "webcare";

    public async Task<Workspace> WorkspaceAsync(StaffActor agent, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var waiting = await Visible(agent).Where(c => c.State == ConversationStates.Waiting)
            .Select(c => new { c.Id, c.Channel, c.QueueUnit, c.Language, c.TopicGroup, c.Topic, c.HandoffReason, c.HandoffSummary, c.QueuedAt })
            .ToListAsync(ct);
        var mine = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.State == ConversationStates.Agent && c.AssignedAgentId == agent.UserId)
            .Select(c => new ActiveItem(c.Id, c.QueueUnit, c.Language, c.Topic, c.ClaimedAt, c.FirstAgentResponseAt != null))
            .ToListAsync(ct);
        // Ordered in memory: SQLite stores DateTimeOffset as a number through a converter, and the list is short.
        var queue = waiting.Select(c => new QueueItem(c.Id, c.QueueUnit, c.Language, c.TopicGroup, c.Topic, c.HandoffReason,
                c.HandoffSummary, c.QueuedAt!.Value, now - c.QueuedAt.Value)
            {
                Channel = c.Channel, Due = clock.Due(c.Channel, c.QueueUnit, c.QueuedAt.Value),
            })
            .OrderBy(q => q.QueuedAt).ToList();
        return new Workspace(queue, [.. mine.OrderBy(m => m.ClaimedAt)]);
    }

    public async Task<IReadOnlyList<QueueFigures>> QueueFiguresAsync(StaffActor supervisor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var waiting = await Visible(supervisor).Where(c => c.State == ConversationStates.Waiting)
            .Select(c => new { c.QueueUnit, c.QueuedAt }).ToListAsync(ct);
        var online = await db.Set<AgentPresence>().AsNoTracking()
            .Select(p => new { p.EenheidId, p.UserId }).Distinct().ToListAsync(ct);
        var units = waiting.Select(w => w.QueueUnit).Concat(online.Select(o => o.EenheidId))
            .Where(supervisor.CanSeeQueue).Distinct().Order(StringComparer.Ordinal);
        return [.. units.Select(unit => new QueueFigures(
            unit,
            waiting.Count(w => w.QueueUnit == unit),
            waiting.Where(w => w.QueueUnit == unit).Select(w => now - w.QueuedAt!.Value).DefaultIfEmpty(TimeSpan.Zero).Max(),
            online.Where(o => o.EenheidId == unit).Select(o => o.UserId).Distinct().Count()))];
    }

    /// <summary>The full conversation for an agent; every read is audited.</summary>
    public async Task<AgentConversation?> OpenForAgentAsync(Guid id, StaffActor agent, CancellationToken ct)
    {
        var c = await db.Set<Conversation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (c is null || !agent.CanSee(c))
            return null;
        await audit.RecordAsync(new AuditEvent("read", AuditEntity, id.ToString(), AuditPurpose), ct);
        var state = DialogueStateJson.Read(c.DialogueStateJson, c.Language);
        return new AgentConversation(c.Id, c.Channel, c.Language, c.State, c.QueueUnit, c.TopicGroup, c.Topic, c.HandoffReason,
            c.HandoffSummary, c.AssignedAgentId, c.AssignedAgentName, c.Outcome, c.QueuedAt,
            c.QueuedAt is { } queued ? clock.Due(c.Channel, c.QueueUnit, queued) : null, c.FirstAgentResponseAt, state.Details, await MessagesAsync(id, ct))
        {
            NeedsTemplate = !delivery.IsWindowOpen(c, time.GetUtcNow()),
            Templates = ConversationChannels.IsMessaging(c.Channel) ? templates.ApprovedFor(c.Language) : [],
            EmailDeliveries = c.Channel == ConversationChannels.Email ? await EmailDeliveriesAsync(id, ct) : [],
        };
    }

    public Task<AgentResult> ClaimAsync(Guid id, StaffActor agent, CancellationToken ct) =>
        AgentChangeAsync(id, agent, "claim", (c, change) =>
        {
            if (c.State != ConversationStates.Waiting)
                return AgentResult.Conflict;
            c.State = ConversationStates.Agent;
            c.AssignedAgentId = agent.UserId;
            c.AssignedAgentName = agent.Name;
            c.ClaimedAt = change.Now;
            change.QueueChanged = true;
            change.Add(AuthorKinds.System, system.Get("Claimed", c.Language));
            return AgentResult.Done;
        }, ct);

    public Task<AgentResult> ReplyAsAgentAsync(Guid id, StaffActor agent, string text, string? clientMessageId, CancellationToken ct) =>
        AgentChangeAsync(id, agent, "reply", async (c, change) =>
        {
            if (clientMessageId is not null && await db.Set<ConversationMessage>().AnyAsync(
                    m => m.ConversationId == id && m.ClientMessageId == clientMessageId, ct))
                return AgentResult.Done;
            if (!OwnedBy(c, agent))
                return AgentResult.Conflict;
            if (!delivery.IsWindowOpen(c, change.Now))
                return AgentResult.TemplateRequired;
            c.FirstAgentResponseAt ??= change.Now;
            change.Add(AuthorKinds.Agent, text.Trim(), clientMessageId: clientMessageId, authorId: agent.UserId, authorName: agent.Name);
            return AgentResult.Done;
        }, ct);

    public Task<AgentResult> TransferAsync(Guid id, StaffActor agent, string queueUnit, string? topicGroup, CancellationToken ct) =>
        AgentChangeAsync(id, agent, "transfer", (c, change) =>
        {
            if (!queues.Exists(queueUnit) || (topicGroup is not null && !TopicGroups.All.Contains(topicGroup)))
                return AgentResult.Invalid;
            if (!OwnedBy(c, agent) && c.State != ConversationStates.Waiting)
                return AgentResult.Conflict;
            c.State = ConversationStates.Waiting;
            c.QueueUnit = queueUnit;
            c.TopicGroup = topicGroup ?? c.TopicGroup;
            c.AssignedAgentId = null;
            c.AssignedAgentName = null;
            c.QueuedAt = change.Now;
            change.QueueChanged = true;
            change.Add(AuthorKinds.System, system.Get("Transferred", c.Language));
            return AgentResult.Done;
        }, ct);

    public Task<AgentResult> HandBackAsync(Guid id, StaffActor agent, CancellationToken ct) =>
        AgentChangeAsync(id, agent, "hand-back", (c, change) =>
        {
            if (c.Channel == ConversationChannels.Email)
                return AgentResult.Invalid; // Wout does not write e-mails: nobody would answer the citizen's next one
            if (!OwnedBy(c, agent))
                return AgentResult.Conflict;
            var state = DialogueStateJson.Read(c.DialogueStateJson, c.Language);
            c.DialogueStateJson = DialogueStateJson.Write(state with { HandedOff = false, Misunderstandings = 0, PendingQuestion = null });
            c.State = ConversationStates.Bot;
            c.AssignedAgentId = null;
            c.AssignedAgentName = null;
            change.QueueChanged = true;
            change.Add(AuthorKinds.Bot, system.Get("HandedBack", c.Language));
            return AgentResult.Done;
        }, ct);

    public async Task<AgentResult> CloseAsync(Guid id, StaffActor agent, string outcome, CancellationToken ct)
    {
        Conversation? closed = null;
        var result = await AgentChangeAsync(id, agent, "close", (c, change) =>
        {
            if (!Outcomes.All.Contains(outcome))
                return AgentResult.Invalid;
            if (!OwnedBy(c, agent) && !(agent.IsSupervisor && c.State != ConversationStates.Closed))
                return AgentResult.Conflict;
            c.State = ConversationStates.Closed;
            c.Outcome = outcome;
            c.ClosedAt = change.Now;
            change.QueueChanged = true;
            change.Add(AuthorKinds.System, system.Get("Closed", c.Language));
            closed = c;
            return AgentResult.Done;
        }, ct);
        // A citizen who stopped answering is no longer in the chat to see an invitation there.
        if (result == AgentResult.Done && closed is not null && outcome != Outcomes.NoResponse)
            await surveys.ChatClosedAsync(closed);
        return result;
    }

    /// <summary>The politiemonitor's invitation as the chat's last message: a short question and the link.</summary>
    public Task OfferSurveyAsync(Guid id, string surveyPath, CancellationToken ct) =>
        ChangeAsync(id, (c, change) =>
        {
            if (c is not null)
                change.Add(AuthorKinds.System, system.Get("SurveyOffer", c.Language), actions:
                    [new ReplyAction(system.Get("SurveyOfferLink", c.Language), surveyPath, ActionKinds.Route)]);
            return Task.FromResult(c is not null);
        }, ct);

    private async Task<IReadOnlyList<EmailDeliveryView>> EmailDeliveriesAsync(Guid id, CancellationToken ct)
    {
        var sent = await db.Set<ConversationMessage>().AsNoTracking()
            .Where(m => m.ConversationId == id && (m.AuthorKind == AuthorKinds.Agent || m.AuthorKind == AuthorKinds.System))
            .Select(m => new { m.Id, m.Sequence, m.At }).ToListAsync(ct);
        var keys = sent.Select(m => Email.EmailOutbound.KeyFor(m.Id)).ToList();
        var outbox = await db.Set<Infrastructure.Notifications.OutboxNotification>().AsNoTracking()
            .Where(n => keys.Contains(n.IdempotencyKey))
            .Select(n => new { n.IdempotencyKey, n.Status, n.Attempts, n.SentAt }).ToDictionaryAsync(n => n.IdempotencyKey, ct);
        return [.. sent.Where(m => outbox.ContainsKey(Email.EmailOutbound.KeyFor(m.Id))).OrderByDescending(m => m.Sequence).Select(m =>
        {
            var n = outbox[Email.EmailOutbound.KeyFor(m.Id)];
            return new EmailDeliveryView(m.Sequence, m.At, n.Status.ToString().ToLowerInvariant(), n.Attempts, n.SentAt);
        })];
    }

    private static bool OwnedBy(Conversation c, StaffActor agent) =>
        c.State == ConversationStates.Agent && c.AssignedAgentId == agent.UserId;

    private IQueryable<Conversation> Visible(StaffActor agent) =>
        agent.Scope.IsNational
            ? db.Set<Conversation>().AsNoTracking()
            : db.Set<Conversation>().AsNoTracking().Where(c => c.QueueUnit == ConversationQueues.National || c.QueueUnit == agent.Scope.EenheidId);

    private Task<AgentResult> AgentChangeAsync(
        Guid id, StaffActor agent, string action, Func<Conversation, ConversationChange, AgentResult> apply, CancellationToken ct) =>
        AgentChangeAsync(id, agent, action, (c, change) => Task.FromResult(apply(c, change)), ct);

    /// <summary>Scope check, the change itself, and an audit entry for every staff action that happened.</summary>
    private async Task<AgentResult> AgentChangeAsync(
        Guid id, StaffActor agent, string action, Func<Conversation, ConversationChange, Task<AgentResult>> apply, CancellationToken ct)
    {
        var result = await ChangeAsync(id, (c, change) =>
            c is null || !agent.CanSee(c) ? Task.FromResult(AgentResult.NotFound) : apply(c, change), ct);
        if (result == AgentResult.Done)
            await audit.RecordAsync(new AuditEvent(action, AuditEntity, id.ToString(), AuditPurpose), ct);
        return result;
    }
}
