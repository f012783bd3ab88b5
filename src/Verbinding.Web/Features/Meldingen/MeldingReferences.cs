using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>
/// Public references M-2026-000123: the year (Dutch time) and a number counting up within it. A unique index makes two
/// nodes that pick the same number retry, so no number is handed out twice.
/// </summary>
public sealed class MeldingReferences(VerbindingDbContext db)
{
    public async Task<string> NextAsync(DateTimeOffset now, CancellationToken ct)
    {
        var prefix = $"M-{DutchTime.ToLocal(now).Year}-";
        var last = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.Reference.StartsWith(prefix))
            .OrderByDescending(m => m.Id)
            .Select(m => m.Reference)
            .FirstOrDefaultAsync(ct);
        var number = last is null ? 1 : int.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return $"{prefix}{number:D6}";
    }

    public static bool LooksValid(string? reference) =>
        reference is { Length: >= 13 and <= 20 } && reference.StartsWith("M-", StringComparison.Ordinal);
}
