using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Audit;

public sealed record AuditFilter(string? Actor, string? EntityType, string? Action, DateOnly? From, DateOnly? To, int Page = 1)
{
    public const int PageSize = 50;
}

public sealed record AuditRow(long Sequence, DateTimeOffset At, string ActorId, string ActorRole, string? EenheidId,
    string Action, string EntityType, string? EntityId, string Purpose, string? Source);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, int PageCount, int Total);

/// <summary>Reads the trail for a supervisor: their own eenheid only, unless their scope is national.</summary>
public static class AuditQuery
{
    public static async Task<AuditPage> ListAsync(IQueryable<AuditEntry> entries, StaffScope scope, AuditFilter filter, CancellationToken ct)
    {
        var query = entries.AsNoTracking();
        if (!scope.IsNational)
        {
            query = query.Where(e => e.EenheidId == scope.EenheidId);
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(e => e.ActorId.Contains(filter.Actor));
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action.StartsWith(filter.Action));
        }
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At < end);
        }
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query.OrderByDescending(e => e.Sequence)
            .Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize)
            .Select(e => new AuditRow(e.Sequence, e.At, e.ActorId, e.ActorRole, e.EenheidId, e.Action, e.EntityType, e.EntityId, e.Purpose, e.Source))
            .ToListAsync(ct);
        return new AuditPage(rows, page, pageCount, total);
    }

    public static async Task<AuditVerification> VerifyAsync(IQueryable<AuditEntry> entries, CancellationToken ct) =>
        AuditChainVerifier.Verify(await entries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct));
}
