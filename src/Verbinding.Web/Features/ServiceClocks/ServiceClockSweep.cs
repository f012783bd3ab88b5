using Microsoft.EntityFrameworkCore;
using Verbinding.Calendar;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.ServiceClocks;

public sealed record SweepResult(int Overdue, int Escalated);

/// <summary>
/// Marks running clocks overdue and escalates long-overdue ones (three times the target) to the unit's supervisors,
/// each with an audit entry. Safe to run on several nodes at once: a clock changed by someone else in between is
/// skipped (optimistic concurrency), and the monitor holds a lease anyway.
/// </summary>
public sealed class ServiceClockSweep(VerbindingDbContext db, ServiceClocks clocks, TimeProvider time, AuditTrail audit, ILogger<ServiceClockSweep> logger)
{
    private const int BatchSize = 500;

    public async Task<SweepResult> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var due = await db.Set<ServiceClockRecord>()
            .Where(c => c.State == ClockState.Running || c.State == ClockState.Overdue || c.State == ClockState.LongOverdue)
            .Where(c => (c.OverdueAt == null && c.Due <= now) || (c.EscalatedAt == null && c.LongOverdueAt <= now))
            .OrderBy(c => c.Due)
            .Take(BatchSize)
            .ToListAsync(ct);
        int overdue = 0, escalated = 0;
        foreach (var record in due)
        {
            var (wasOverdue, wasEscalated) = (record.OverdueAt is not null, record.EscalatedAt is not null);
            clocks.Refresh(record, clocks.Load(record), now);
            if (record.State is ClockState.Overdue or ClockState.LongOverdue)
            {
                record.OverdueAt ??= now;
            }
            if (record.State == ClockState.LongOverdue)
            {
                record.EscalatedAt ??= now;
            }
            // A clock found long overdue at once (e.g. started late) is escalated without a separate overdue entry.
            var action = !wasEscalated && record.EscalatedAt is not null ? "clock.escalate"
                : !wasOverdue && record.OverdueAt is not null ? "clock.overdue"
                : null;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogDebug("Service clock {Id} changed meanwhile; the next sweep looks again", record.Id);
                db.Entry(record).State = EntityState.Detached;
                continue;
            }
            if (action is null)
            {
                continue;
            }
            overdue += action == "clock.overdue" ? 1 : 0;
            escalated += action == "clock.escalate" ? 1 : 0;
            var actor = new AuditActor("system", "System", record.EenheidId, "service-clock-monitor");
            await audit.RecordAsync(new AuditEvent(action, "ServiceClock", record.Id.ToString(), "service-level"), actor, ct);
        }
        return new SweepResult(overdue, escalated);
    }
}
