using Microsoft.EntityFrameworkCore;
using Verbinding.Calendar;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.ServiceClocks;

public sealed record UnitClockSummary(string EenheidId, string EenheidName, int Open, int Waiting, int DueSoon, int Overdue, int LongOverdue);

public sealed record OverdueClock(string EenheidId, string SubjectType, string SubjectId, string ServiceLevelKey, DateTimeOffset Due, bool LongOverdue, DateTimeOffset? EscalatedAt);

/// <summary>An open clock on a case: the subject id is the case number, which links to the staff case page.</summary>
public sealed record OpenCaseClock(string EenheidId, string Number, ClockState State, DateTimeOffset? Due);

public sealed record ClockDashboard(IReadOnlyList<UnitClockSummary> Units, IReadOnlyList<OverdueClock> Overdue, IReadOnlyList<OpenCaseClock> Cases);

/// <summary>
/// The supervisor's view of open clocks per unit, evaluated at the moment of asking (not at the last sweep):
/// due soon = due within one working day of the unit's calendar.
/// </summary>
public sealed class ServiceClockDashboard(VerbindingDbContext db, CalendarSettings calendars, TimeProvider time)
{
    private const int MaxOverdueRows = 100;

    /// <summary>The subject type of case clocks (<see cref="Cases.FollowUp.CaseClock"/>).</summary>
    public const string CaseSubject = "Case";

    private static readonly ClockState[] OpenStates = [ClockState.Running, ClockState.Paused, ClockState.Overdue, ClockState.LongOverdue];

    public async Task<ClockDashboard> LoadAsync(StaffScope scope, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var open = db.Set<ServiceClockRecord>().AsNoTracking()
            .Where(c => OpenStates.Contains(c.State))
            .Where(c => scope.IsNational || c.EenheidId == scope.EenheidId);
        var rows = await open
            .Select(c => new { c.EenheidId, c.State, c.Due, c.LongOverdueAt })
            .ToListAsync(ct);
        var names = await db.Set<Eenheid>().AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var units = rows.GroupBy(r => r.EenheidId).Select(g =>
        {
            var soon = calendars.ForOrDefault(g.Key).AddWorkingDays(now, 1);
            return new UnitClockSummary(
                g.Key,
                names.GetValueOrDefault(g.Key, g.Key),
                g.Count(),
                g.Count(r => r.Due is null),
                g.Count(r => r.Due > now && r.Due <= soon),
                g.Count(r => r.Due <= now && !(r.LongOverdueAt <= now)),
                g.Count(r => r.LongOverdueAt <= now));
        }).OrderBy(u => u.EenheidName, StringComparer.Ordinal).ToList();

        var overdue = await open.Where(c => c.Due <= now)
            .OrderBy(c => c.Due)
            .Take(MaxOverdueRows)
            .Select(c => new { c.EenheidId, c.SubjectType, c.SubjectId, c.ServiceLevelKey, c.Due, c.LongOverdueAt, c.EscalatedAt })
            .ToListAsync(ct);
        // Cases per unit, soonest due first; a case waiting for the citizen (no due time) comes last.
        var cases = await open.Where(c => c.SubjectType == CaseSubject)
            .OrderBy(c => c.EenheidId).ThenBy(c => c.Due == null).ThenBy(c => c.Due)
            .Take(MaxOverdueRows)
            .Select(c => new OpenCaseClock(c.EenheidId, c.SubjectId, c.State, c.Due))
            .ToListAsync(ct);
        return new ClockDashboard(units, [.. overdue.Select(c =>
            new OverdueClock(c.EenheidId, c.SubjectType, c.SubjectId, c.ServiceLevelKey, c.Due!.Value, c.LongOverdueAt <= now, c.EscalatedAt))], cases);
    }
}
