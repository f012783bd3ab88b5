using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Meldingen.Staff;

public sealed record QueueFilter(string? Category, string? Basisteam, int? OlderThanDays, bool ShowHandled, int Page);

/// <summary>One row of the team queue: a bundle of one or more meldingen about one place, with its service-level clock.</summary>
public sealed record QueueRow(
    long BundleId, string Label, string CategoryId, string BasisteamId, int Count, int OpenCount,
    DateTimeOffset FirstAt, DateTimeOffset LastAt, DateTimeOffset DueAt, bool Overdue, bool IsAddress, bool IsStreet);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Page, int PageCount, int Total);

/// <summary>The team queue, always limited to the staff member's eenheid (unless national); oldest open bundles first.</summary>
public static class MeldingQueue
{
    public static async Task<QueuePage> ListAsync(
        IQueryable<MeldingBundle> bundles, StaffScope scope, QueueFilter filter, MeldingCatalog catalog, DateTimeOffset now, int pageSize, CancellationToken ct)
    {
        var query = bundles.AsNoTracking();
        if (!scope.IsNational)
        {
            query = query.Where(b => b.EenheidId == scope.EenheidId);
        }
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = query.Where(b => b.CategoryId == filter.Category);
        }
        if (!string.IsNullOrWhiteSpace(filter.Basisteam))
        {
            query = query.Where(b => b.BasisteamId == filter.Basisteam);
        }
        if (filter.OlderThanDays is { } days and > 0)
        {
            var before = now.AddDays(-days);
            query = query.Where(b => b.FirstAt <= before);
        }
        if (!filter.ShowHandled)
        {
            query = query.Where(b => b.Meldingen.Any(m => m.Status == MeldingStatus.Received));
        }
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query
            .OrderBy(b => b.FirstAt).ThenBy(b => b.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(b => new
            {
                b.Id, b.Label, b.CategoryId, b.BasisteamId, b.Count, b.FirstAt, b.LastAt, b.LocationKey,
                OpenCount = b.Meldingen.Count(m => m.Status == MeldingStatus.Received),
            })
            .ToListAsync(ct);
        return new QueuePage(rows.Select(r =>
        {
            var due = r.FirstAt.AddDays(catalog.Find(r.CategoryId)?.RespondWithinDays ?? 14);
            return new QueueRow(r.Id, r.Label, r.CategoryId, r.BasisteamId, r.Count, r.OpenCount, r.FirstAt, r.LastAt, due,
                r.OpenCount > 0 && due < now, r.LocationKey?.StartsWith("adr|", StringComparison.Ordinal) == true || r.LocationKey?.StartsWith("pc|", StringComparison.Ordinal) == true,
                r.LocationKey?.StartsWith("str|", StringComparison.Ordinal) == true);
        }).ToList(), page, pageCount, total);
    }
}
