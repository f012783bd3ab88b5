using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Contacts;

/// <summary>
/// Finds the citizen behind identifiers, creating or joining records: a WhatsApp number, a DigiD BSN, what a
/// colleague typed. Keys that turn out to belong to two records are one person by the caller's word, so the
/// records are merged (contacts and identifiers move to the oldest record).
/// </summary>
public sealed class CitizenDirectory(VerbindingDbContext db, TimeProvider time, ILogger<CitizenDirectory> logger)
{
    private const int MaxAttempts = 3;

    public async Task<Guid?> FindAsync(CitizenKey key, CancellationToken ct) =>
        await db.Set<CitizenIdentity>().AsNoTracking()
            .Where(i => i.Kind == key.Kind && i.KeyHash == key.Hash)
            .Select(i => (Guid?)i.CitizenId).FirstOrDefaultAsync(ct);

    /// <summary>The one citizen these keys belong to; at least one key is required.</summary>
    public async Task<Guid> ResolveAsync(IReadOnlyCollection<CitizenKey> keys, string linkedBy, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ResolveOnceAsync(keys, linkedBy, ct);
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts)
            {
                // Someone linked one of these keys at the same moment (unique index): look again.
                logger.LogDebug(ex, "Citizen identity linked concurrently, attempt {Attempt}", attempt);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A colleague's explicit link: this identifier belongs to this citizen (records are merged if it had another).</summary>
    public async Task<bool> LinkAsync(Guid citizenId, CitizenKey key, string linkedBy, CancellationToken ct)
    {
        if (!await db.Set<KnownCitizen>().AnyAsync(c => c.Id == citizenId, ct))
            return false;
        var owner = await FindAsync(key, ct);
        if (owner == citizenId)
            return true;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (owner is { } other)
        {
            await MergeAsync(other, citizenId, ct);
        }
        else
        {
            var now = time.GetUtcNow();
            db.Add(new CitizenIdentity
            {
                Id = Guid.CreateVersion7(now), CitizenId = citizenId, Kind = key.Kind, KeyHash = key.Hash, Hint = key.Hint,
                LinkedBy = linkedBy, LinkedAt = now,
            });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task<Guid> ResolveOnceAsync(IReadOnlyCollection<CitizenKey> keys, string linkedBy, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var hashes = keys.Select(k => k.Hash).ToList();
        var known = (await db.Set<CitizenIdentity>().AsNoTracking().Where(i => hashes.Contains(i.KeyHash)).ToListAsync(ct))
            .Where(i => keys.Any(k => k.Kind == i.Kind && k.Hash == i.KeyHash)).ToList();
        var owners = known.Select(i => i.CitizenId).Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Guid target;
        if (owners.Count == 0)
        {
            target = Guid.CreateVersion7(now);
            db.Add(new KnownCitizen { Id = target, CreatedAt = now });
        }
        else
        {
            var records = await db.Set<KnownCitizen>().AsNoTracking().Where(c => owners.Contains(c.Id)).ToListAsync(ct);
            target = records.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).First().Id;
            foreach (var other in owners.Where(o => o != target))
                await MergeAsync(other, target, ct);
        }
        foreach (var key in keys.Where(k => !known.Any(i => i.Kind == k.Kind && i.KeyHash == k.Hash)).DistinctBy(k => (k.Kind, k.Hash)))
        {
            db.Add(new CitizenIdentity
            {
                Id = Guid.CreateVersion7(now), CitizenId = target, Kind = key.Kind, KeyHash = key.Hash, Hint = key.Hint,
                LinkedBy = linkedBy, LinkedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return target;
    }

    private async Task MergeAsync(Guid from, Guid into, CancellationToken ct)
    {
        await db.Set<CitizenIdentity>().Where(i => i.CitizenId == from).ExecuteUpdateAsync(s => s.SetProperty(i => i.CitizenId, into), ct);
        await db.Set<Conversation>().Where(c => c.CitizenId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.CitizenId, into), ct);
        await db.Set<LoggedContact>().Where(c => c.CitizenId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.CitizenId, into), ct);
        await db.Set<KnownCitizen>().Where(c => c.Id == from).ExecuteDeleteAsync(ct);
    }
}
