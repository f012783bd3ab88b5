using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>A period of whole days in Dutch time, both ends included, and optional unit and channel filters.</summary>
public sealed record ServiceLevelQuery(DateOnly From, DateOnly To, string? Unit, string? Channel);

/// <summary>
/// Loads the queued conversations of a period for <see cref="ServiceLevelStatistics"/>. A regional colleague sees
/// only their unit's queue; the national queue and other units are for national roles.
/// </summary>
public sealed class ServiceLevelReports(VerbindingDbContext db, TimeProvider time)
{
    public async Task<ServiceLevelResult> LoadAsync(ServiceLevelQuery query, StaffScope scope, CancellationToken ct)
    {
        var from = StartOf(query.From);
        var until = StartOf(query.To.AddDays(1));
        var conversations = db.Set<Conversation>().AsNoTracking()
            .Where(c => c.QueuedAt != null && c.QueuedAt >= from && c.QueuedAt < until);
        if (!scope.IsNational)
            conversations = conversations.Where(c => c.QueueUnit == scope.EenheidId);
        if (!string.IsNullOrEmpty(query.Unit))
            conversations = conversations.Where(c => c.QueueUnit == query.Unit);
        if (!string.IsNullOrEmpty(query.Channel))
            conversations = conversations.Where(c => c.Channel == query.Channel);
        var rows = await conversations
            .Select(c => new QueuedContact(c.Id, c.QueueUnit, c.Channel, c.QueuedAt!.Value, c.FirstAgentResponseAt, c.ClosedAt, c.AssignedAgentName))
            .ToListAsync(ct);
        return ServiceLevelStatistics.Compute(rows, time.GetUtcNow());
    }

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
