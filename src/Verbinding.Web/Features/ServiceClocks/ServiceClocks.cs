using Microsoft.EntityFrameworkCore;
using Verbinding.Calendar;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.ServiceClocks;

/// <summary>
/// Starts, pauses, resumes and stops service clocks on contacts and cases, each change audited. The calendar of
/// the clock's eenheid decides what a working day is.
/// </summary>
public sealed class ServiceClocks(VerbindingDbContext db, CalendarSettings calendars, TimeProvider time, AuditTrail audit)
{
    private const string Purpose = "service-level";

    /// <param name="startedAt">When the citizen's message arrived, if earlier than now.</param>
    public async Task<ServiceClockRecord> StartAsync(
        string subjectType, string subjectId, string eenheidId, string serviceLevelKey, DateTimeOffset? startedAt = null, CancellationToken ct = default)
    {
        var record = Start(subjectType, subjectId, eenheidId, serviceLevelKey, startedAt);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(StartedEvent(record), ct);
        return record;
    }

    /// <summary>
    /// Adds a started clock to the caller's unit of work without saving, for a caller that saves it together with
    /// what the clock is about; the caller records <see cref="StartedEvent"/> once saved.
    /// </summary>
    public ServiceClockRecord Start(string subjectType, string subjectId, string eenheidId, string serviceLevelKey, DateTimeOffset? startedAt = null)
    {
        var level = calendars.Level(serviceLevelKey);
        calendars.For(eenheidId); // an unknown eenheid fails here, not later in the monitor
        var now = time.GetUtcNow();
        var clock = ServiceClock.Start(level, (startedAt ?? now).ToUniversalTime());
        var record = new ServiceClockRecord
        {
            Id = Guid.CreateVersion7(),
            SubjectType = subjectType,
            SubjectId = subjectId,
            EenheidId = eenheidId,
            ServiceLevelKey = serviceLevelKey,
            EventLog = "",
            StartedAt = clock.StartedAt,
        };
        Refresh(record, clock, now);
        db.Add(record);
        return record;
    }

    public static AuditEvent StartedEvent(ServiceClockRecord record) => new("clock.start", "ServiceClock", record.Id.ToString(), Purpose);

    /// <summary>Waiting for the citizen: the time does not count until <see cref="ResumeAsync"/>.</summary>
    public Task<ServiceClockRecord> PauseAsync(Guid id, CancellationToken ct = default) => ChangeAsync(id, "clock.pause", (c, at) => c.Pause(at), ct);

    public Task<ServiceClockRecord> ResumeAsync(Guid id, CancellationToken ct = default) => ChangeAsync(id, "clock.resume", (c, at) => c.Resume(at), ct);

    /// <summary>The service was given (answered, informed): the clock is met or missed.</summary>
    public Task<ServiceClockRecord> StopAsync(Guid id, CancellationToken ct = default) => ChangeAsync(id, "clock.stop", (c, at) => c.Stop(at), ct);

    public ClockStatus Evaluate(ServiceClockRecord record, DateTimeOffset now) =>
        Load(record).Evaluate(calendars.ForOrDefault(record.EenheidId), now);

    internal ServiceClock Load(ServiceClockRecord record) =>
        ClockEventLog.Read(calendars.Level(record.ServiceLevelKey), record.EventLog);

    /// <summary>Writes the clock's events and its evaluation at <paramref name="now"/> into the record.</summary>
    internal void Refresh(ServiceClockRecord record, ServiceClock clock, DateTimeOffset now)
    {
        var status = clock.Evaluate(calendars.ForOrDefault(record.EenheidId), now);
        var waiting = clock.IsPaused && status.State == ClockState.Paused;
        record.EventLog = ClockEventLog.Write(clock);
        record.State = status.State;
        record.Due = waiting ? null : status.Due.ToUniversalTime();
        record.LongOverdueAt = waiting ? null : status.LongOverdueAt.ToUniversalTime();
        record.ClosedAt = clock.IsStopped ? clock.Events[^1].At.ToUniversalTime() : null;
        record.Version++;
    }

    private async Task<ServiceClockRecord> ChangeAsync(Guid id, string action, Func<ServiceClock, DateTimeOffset, ServiceClock> change, CancellationToken ct)
    {
        var record = await db.Set<ServiceClockRecord>().SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new KeyNotFoundException($"Service clock {id} does not exist.");
        var now = time.GetUtcNow();
        Refresh(record, change(Load(record), now), now);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(action, "ServiceClock", record.Id.ToString(), Purpose), ct);
        return record;
    }
}
