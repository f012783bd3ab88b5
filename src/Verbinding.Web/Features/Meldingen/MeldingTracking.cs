using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>What anyone holding the reference and tracking code may see: no description, no contact, no other reporters.</summary>
public sealed record MeldingPublicStatus(
    string Reference, string Category, LocalText CategoryTitle, string Status, LocalText StatusText,
    DateTimeOffset SubmittedAt, string Basisteam, string? Outcome, LocalText? OutcomeText, DateTimeOffset? OutcomeAt);

/// <remarks>
/// Reporters and their apps poll this. A found row is kept in memory for a few seconds (<see cref="CacheFor"/>), so a
/// burst of polls costs one database read; the code is still checked against the stored hash on every call. A status
/// change shows up at the latest after that delay on every node. Basisteam names come from the reference data.
/// </remarks>
public sealed class MeldingTracking(VerbindingDbContext db, MeldingCatalog catalog, ReferenceData referenceData, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    /// <summary>Null both for an unknown reference and for a wrong code, so the answer does not reveal which references exist.</summary>
    public async Task<MeldingPublicStatus?> FindAsync(string? reference, string? trackingCode, CancellationToken ct)
    {
        if (!MeldingReferences.LooksValid(reference) || string.IsNullOrWhiteSpace(trackingCode))
        {
            return null;
        }
        var row = await FindRowAsync(reference!.Trim().ToUpperInvariant(), ct);
        // Hash the code even when the reference is unknown, so timing does not reveal it either.
        var matches = TrackingCodes.Matches(trackingCode, row?.TrackingCodeHash ?? new string('0', 64));
        if (row is null || !matches)
        {
            return null;
        }
        var basisteam = referenceData.Basisteams.FirstOrDefault(b => b.Id == row.BasisteamId)?.Name ?? row.BasisteamId;
        var category = catalog.Find(row.CategoryId);
        var status = row.Status == MeldingStatus.Handled ? "handled" : "received";
        return new MeldingPublicStatus(
            row.Reference, row.CategoryId, category?.Title ?? new LocalText(row.CategoryId, row.CategoryId), status,
            MeldingTexts.Get(row.Status == MeldingStatus.Handled ? "StatusHandled" : "StatusReceived"),
            row.SubmittedAt, basisteam, row.OutcomeId, catalog.FindOutcome(row.OutcomeId)?.Text, row.OutcomeAt);
    }

    /// <summary>Called where a status changes, so this node shows the change at once (other nodes within <see cref="CacheFor"/>).</summary>
    public static void Forget(IMemoryCache cache, string reference) => cache.Remove(Key(reference));

    private static (Type, string) Key(string normalisedReference) => (typeof(MeldingTracking), normalisedReference);

    private async Task<TrackedRow?> FindRowAsync(string normalisedReference, CancellationToken ct)
    {
        var key = Key(normalisedReference);
        if (cache.TryGetValue(key, out TrackedRow? cached))
        {
            return cached;
        }
        var row = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.Reference == normalisedReference)
            .Select(m => new TrackedRow(m.Reference, m.TrackingCodeHash, m.CategoryId, m.Status, m.SubmittedAt, m.BasisteamId, m.OutcomeId, m.OutcomeAt))
            .FirstOrDefaultAsync(ct);
        if (row is not null)
        {
            cache.Set(key, row, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = CacheFor, Size = 1 });
        }
        return row;
    }

    private sealed record TrackedRow(
        string Reference, string TrackingCodeHash, string CategoryId, MeldingStatus Status, DateTimeOffset SubmittedAt,
        string BasisteamId, string? OutcomeId, DateTimeOffset? OutcomeAt);
}
