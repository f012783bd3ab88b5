using Microsoft.EntityFrameworkCore;
using Verbinding.Calendar;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases.FollowUp;

/// <summary>
/// The service clock of a case (service level "case-handling", reference/calendar.json): it runs from opening,
/// waits while we wait for the citizen (InformatieNodig), runs again when the case is picked up, and stops at closing.
/// The subject id is the case number, so the supervisor's dashboard can link to the case page.
/// A case opened from an aangifte gets no clock of its own: the aangifte's intake clock and the victim's rights
/// obligations measure that work, and a second clock that intake never moves would only show up as overdue.
/// </summary>
public sealed class CaseClock(VerbindingDbContext db, ServiceClocks.ServiceClocks clocks, CalendarSettings calendars)
{
    public const string Subject = ServiceClockDashboard.CaseSubject;
    public const string ServiceLevel = "case-handling";

    /// <summary>A case of a queue without an eenheid calendar (the national queue) has no clock rather than a wrong one.</summary>
    public async Task<ServiceClockRecord?> StartAsync(CaseFile file, DateTimeOffset? startedAt, CancellationToken ct)
    {
        if (!HasClock(file))
        {
            return null;
        }
        var clock = await clocks.StartAsync(Subject, file.Number, file.EenheidId, ServiceLevel, startedAt, ct);
        await db.Set<CaseFile>().Where(c => c.Id == file.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClockId, clock.Id), ct);
        file.ClockId = clock.Id;
        return clock;
    }

    /// <summary>Follows a status change. A case reopened after closing gets a new clock: the old one keeps its outcome.</summary>
    public async Task StatusChangedAsync(CaseFile file, CaseStatus status, CancellationToken ct)
    {
        var record = file.ClockId is { } id ? await db.Set<ServiceClockRecord>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) : null;
        var clock = record is null ? null : clocks.Load(record);
        if (clock is null || (clock.IsStopped && status != CaseStatus.Afgesloten))
        {
            if (status == CaseStatus.Afgesloten || !HasClock(file))
            {
                return;
            }
            record = (await StartAsync(file, null, ct))!;
            clock = clocks.Load(record);
        }
        if (status == CaseStatus.Afgesloten && !clock.IsStopped)
        {
            await clocks.StopAsync(record!.Id, ct);
        }
        else if (status == CaseStatus.InformatieNodig && !clock.IsPaused)
        {
            await clocks.PauseAsync(record!.Id, ct);
        }
        else if (status is (CaseStatus.InBehandeling or CaseStatus.Ontvangen) && clock.IsPaused)
        {
            await clocks.ResumeAsync(record!.Id, ct);
        }
    }

    private bool HasClock(CaseFile file) => file.OriginType != CaseItemTypes.Aangifte && calendars.UnitIds.Contains(file.EenheidId);

    /// <summary>The clock evaluated now (not at the monitor's last sweep), for the staff case page; null without a clock.</summary>
    public async Task<CaseClockView?> FindAsync(CaseFile file, DateTimeOffset now, CancellationToken ct)
    {
        var record = file.ClockId is { } id ? await db.Set<ServiceClockRecord>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) : null;
        if (record is null)
        {
            return null;
        }
        var status = clocks.Evaluate(record, now);
        var waiting = status.State == ClockState.Paused;
        return new CaseClockView(status.State, waiting ? null : status.Due, waiting);
    }
}

/// <summary>Due is null while waiting for the citizen: it then depends on when they answer.</summary>
public sealed record CaseClockView(ClockState State, DateTimeOffset? Due, bool Waiting);
