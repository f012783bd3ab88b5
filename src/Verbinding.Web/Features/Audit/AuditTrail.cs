using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Audit;

public sealed record AuditEvent(string Action, string EntityType, string? EntityId, string Purpose);

public sealed record AuditActor(string Id, string Role, string? EenheidId, string? Source)
{
    public static readonly AuditActor System = new("system", "System", null, "server");
}

/// <summary>
/// Appends to the hash chain. Uses its own DbContext so an audit write never rides on (or is rolled back with)
/// the caller's unit of work; a unique sequence plus retry keeps the chain linear across nodes.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider time, IAuditActorAccessor actors, ILogger<AuditTrail> logger)
{
    private const int MaxAttempts = 20;

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken ct = default) =>
        RecordAsync(auditEvent, actors.Current, ct);

    public async Task RecordAsync(AuditEvent auditEvent, AuditActor actor, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
            var last = await db.Set<AuditEntry>().AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(ct);
            var entry = new AuditEntry
            {
                Sequence = (last?.Sequence ?? 0) + 1,
                At = AuditHash.Normalize(time.GetUtcNow()),
                ActorId = actor.Id,
                ActorRole = actor.Role,
                EenheidId = actor.EenheidId,
                Action = auditEvent.Action,
                EntityType = auditEvent.EntityType,
                EntityId = auditEvent.EntityId,
                Purpose = auditEvent.Purpose,
                Source = actor.Source,
                PreviousHash = last?.Hash ?? AuditHash.Genesis,
                Hash = "",
            };
            entry.Hash = AuditHash.Compute(entry);
            db.Add(entry);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts)
            {
                // Another writer took this sequence number first: read the new end of the chain and try again.
                logger.LogDebug(ex, "Audit sequence {Sequence} taken, retrying", entry.Sequence);
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), ct);
            }
        }
    }
}
