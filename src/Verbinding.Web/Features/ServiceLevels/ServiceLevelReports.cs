using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>A period of whole days in Dutch time, both ends included, and optional unit and channel filters.</summary>
public sealed record ServiceLevelQuery(DateOnly From, DateOnly To, string? Unit, string? Channel);

/// <summary>
/// Loads the queued conversations of a period for <see cref="ServiceLevelStatistics"/>, and the phone and counter
/// contacts colleagues logged for <see cref="LoggedContactFigures"/>. A regional colleague sees only their unit's
/// queue and contacts; the national queue and other units are for national roles.
/// </summary>
public sealed class ServiceLevelReports(VerbindingDbContext db, FirstResponseClock clock, TimeProvider time)
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
        var queued = ServiceLevelStatistics.Compute(rows, time.GetUtcNow(),
            c => (clock.LevelFor(c.Channel), clock.Due(c.Channel, c.QueueUnit, c.QueuedAt)));
        var logged = await LoggedAsync(query, scope, from, until, ct);
        return new ServiceLevelResult(
            [.. queued.Rows.Concat(LoggedContactFigures.Rows(logged))
                .OrderBy(r => r.QueueUnit, StringComparer.Ordinal).ThenBy(r => r.Channel, StringComparer.Ordinal)],
            queued.Breaches) { LoggedOutcomes = LoggedContactFigures.Outcomes(logged) };
    }

    private async Task<List<LoggedContactFigure>> LoggedAsync(
        ServiceLevelQuery query, StaffScope scope, DateTimeOffset from, DateTimeOffset until, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(query.Channel) && !ContactChannels.Logged.Contains(query.Channel))
            return [];
        var contacts = db.Set<LoggedContact>().AsNoTracking().Where(c => c.At >= from && c.At < until);
        if (!scope.IsNational)
            contacts = contacts.Where(c => c.EenheidId == scope.EenheidId);
        if (!string.IsNullOrEmpty(query.Unit))
            contacts = contacts.Where(c => c.EenheidId == query.Unit);
        if (!string.IsNullOrEmpty(query.Channel))
            contacts = contacts.Where(c => c.Channel == query.Channel);
        return await contacts.Select(c => new LoggedContactFigure(c.EenheidId, c.Channel, c.Outcome)).ToListAsync(ct);
    }

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
