using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Data.Counters;

namespace Verbinding.Web.Features.Audit;

/// <summary>
/// Stores a batch of audit entries at the end of the chain in one transaction. The transaction first bumps the
/// <c>audit-chain</c> counter row: on PostgreSQL that row lock makes other nodes wait their turn, on SQLite it takes
/// the write lock before the head is read. So the head read here is still the head at commit, and the unique
/// sequence index is a safety net rather than the way conflicts are found.
/// </summary>
public sealed class AuditChainWriter(IServiceScopeFactory scopes, ILogger<AuditChainWriter> logger)
{
    private const string LockCounter = "audit-chain";
    private const int MaxAttempts = 5;

    public async Task AppendAsync(IReadOnlyList<PendingAudit> batch, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TryAppendAsync(batch, ct);
                return;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts)
            {
                // Only a writer that bypasses the lock (an older node during a rolling update) can get here.
                logger.LogWarning(ex, "Audit chain append conflicted, retrying ({Attempt})", attempt);
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
            }
        }
    }

    private async Task TryAppendAsync(IReadOnlyList<PendingAudit> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        // One SaveChanges in our own transaction: a savepoint around it would only add two round trips per batch.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ReferenceCounters.NextAsync(db, LockCounter, _ => Task.FromResult(0L), ct);
        var last = await db.Set<AuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditHash.Genesis;
        foreach (var pending in batch)
        {
            var entry = ToEntry(pending, ++sequence, previousHash);
            previousHash = entry.Hash;
            db.Add(entry);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static AuditEntry ToEntry(PendingAudit pending, long sequence, string previousHash)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            At = pending.At,
            ActorId = pending.Actor.Id,
            ActorRole = pending.Actor.Role,
            EenheidId = pending.Actor.EenheidId,
            Action = pending.Event.Action,
            EntityType = pending.Event.EntityType,
            EntityId = pending.Event.EntityId,
            Purpose = pending.Event.Purpose,
            Source = pending.Actor.Source,
            PreviousHash = previousHash,
            Hash = "",
        };
        entry.Hash = AuditHash.Compute(entry);
        return entry;
    }
}
