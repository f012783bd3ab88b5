using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Data.Counters;

namespace Verbinding.Web.Features.Cases;

/// <summary>
/// Case numbers "ZK-2026-000123": one counter per year, reserved in blocks of <see cref="BlockSize"/> per node so
/// parallel nodes never share a number. Unique, not in order of opening across nodes, and with gaps after a restart:
/// lists order cases by their opening time, never by number.
/// </summary>
public static class CaseNumbers
{
    public const int BlockSize = 10;

    public static string Format(int year, long sequence) => $"ZK-{year}-{sequence:D6}";

    public static async Task<string> NextAsync(VerbindingDbContext db, CounterBlocks blocks, int year, CancellationToken ct)
    {
        var prefix = $"ZK-{year}-";
        var next = await blocks.NextAsync(db, $"zaak-{year}", BlockSize, async token =>
        {
            // The counter starts after the highest number already issued (e.g. cases from before the counter existed).
            var highest = await db.Set<CaseFile>().Where(c => c.Number.StartsWith(prefix))
                .OrderByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(token);
            return highest is null ? 0 : long.Parse(highest[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
        }, ct);
        return Format(year, next);
    }

    /// <summary>Cheap shape check before any database read: "ZK-2026-000123", case and spaces forgiven.</summary>
    public static string? Normalise(string? input)
    {
        var value = input?.Trim().ToUpperInvariant();
        return value is { Length: >= 10 and <= 20 } && value.StartsWith("ZK-", StringComparison.Ordinal)
            && value[3..].All(c => char.IsAsciiDigit(c) || c == '-') ? value : null;
    }
}
