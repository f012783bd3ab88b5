using System.Collections.Concurrent;

namespace Verbinding.Web.Features.Audit;

public sealed record AuditEvent(string Action, string EntityType, string? EntityId, string Purpose);

public sealed record AuditActor(string Id, string Role, string? EenheidId, string? Source)
{
    public static readonly AuditActor System = new("system", "System", null, "server");
}

/// <summary>
/// Appends to the hash chain. A caller returns only once its entry is stored. Callers that arrive together are
/// combined: whoever holds the writer slot stores everything queued so far in one transaction, so 16 parallel
/// requests cost one round trip instead of 16 competing ones (the old read-then-insert with retries needed 52,000
/// retries in a 16-writer burst and exhausted the connection pool). Across nodes <see cref="AuditChainWriter"/>
/// serialises on a lock row. Entries use their own DbContext, so an audit write never rides on (or is rolled back
/// with) the caller's unit of work.
/// </summary>
public sealed class AuditTrail(AuditChainWriter writer, TimeProvider time, IAuditActorAccessor actors)
{
    private const int MaxBatch = 256;
    private readonly ConcurrentQueue<PendingAudit> _queue = new();
    private readonly SemaphoreSlim _writerSlot = new(1, 1);

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default) =>
        RecordAsync(auditEvent, actors.Current, ct);

    // The caller's token is not passed on: once queued, an entry is written even if the request is aborted.
    public Task RecordAsync(AuditEvent auditEvent, AuditActor actor, CancellationToken ct = default) =>
        RecordAllAsync([auditEvent], actor);

    /// <summary>
    /// Records the entries of one action (e.g. an aangifte with its clock and register) together: queued at once,
    /// they are normally stored in one transaction instead of one after the other.
    /// </summary>
    public Task RecordAsync(IReadOnlyList<AuditEvent> auditEvents, CancellationToken ct = default) =>
        RecordAllAsync(auditEvents, actors.Current);

    private async Task RecordAllAsync(IReadOnlyList<AuditEvent> auditEvents, AuditActor actor)
    {
        var at = AuditHash.Normalize(time.GetUtcNow());
        var pendings = auditEvents.Select(e => new PendingAudit(e, actor, at)).ToList();
        pendings.ForEach(_queue.Enqueue);
        foreach (var pending in pendings)
        {
            await StoredAsync(pending);
        }
    }

    private async Task StoredAsync(PendingAudit pending)
    {
        while (!pending.Stored.Task.IsCompleted)
        {
            await _writerSlot.WaitAsync(CancellationToken.None);
            try
            {
                if (!pending.Stored.Task.IsCompleted)
                {
                    await WriteQueuedAsync();
                }
            }
            finally
            {
                _writerSlot.Release();
            }
        }
        await pending.Stored.Task;
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<PendingAudit>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
        {
            batch.Add(next);
        }
        try
        {
            await writer.AppendAsync(batch, CancellationToken.None);
            batch.ForEach(p => p.Stored.TrySetResult());
        }
        catch (Exception ex)
        {
            batch.ForEach(p => p.Stored.TrySetException(ex));
        }
    }
}

public sealed record PendingAudit(AuditEvent Event, AuditActor Actor, DateTimeOffset At)
{
    public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
