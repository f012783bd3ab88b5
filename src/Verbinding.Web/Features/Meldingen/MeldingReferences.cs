using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Data.Counters;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>
/// Public references M-2026-000123: the year (Dutch time) and a number counting up within it, drawn from a database
/// counter per year (one atomic update, safe on several nodes). The unique index on the reference stays as a guard.
/// </summary>
public sealed class MeldingReferences(VerbindingDbContext db)
{
    public async Task<string> NextAsync(DateTimeOffset now, CancellationToken ct)
    {
        var year = DutchTime.ToLocal(now).Year;
        var prefix = $"M-{year}-";
        var number = await ReferenceCounters.NextAsync(db, $"melding-{year}", c => HighestIssuedAsync(prefix, c), ct);
        return $"{prefix}{number:D6}";
    }

    /// <summary>Where a new year's counter starts: after any number already issued (meldingen from before the counter).</summary>
    private async Task<long> HighestIssuedAsync(string prefix, CancellationToken ct)
    {
        var last = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.Reference.StartsWith(prefix))
            .OrderByDescending(m => m.Id)
            .Select(m => m.Reference)
            .FirstOrDefaultAsync(ct);
        return last is null ? 0 : long.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool LooksValid(string? reference) =>
        reference is { Length: >= 13 and <= 20 } && reference.StartsWith("M-", StringComparison.Ordinal);
}
