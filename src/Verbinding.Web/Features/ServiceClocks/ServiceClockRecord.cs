using Verbinding.Calendar;

namespace Verbinding.Web.Features.ServiceClocks;

/// <summary>
/// A stored service clock on a contact or case. <see cref="EventLog"/> is the source of truth (replayed into a
/// <see cref="ServiceClock"/>); the other columns are its last evaluation, kept for queries per unit.
/// </summary>
public sealed class ServiceClockRecord
{
    public Guid Id { get; set; }

    /// <summary>What the clock runs on, e.g. "contact" or "case".</summary>
    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    public required string EenheidId { get; set; }

    public required string ServiceLevelKey { get; set; }

    /// <summary>The clock's events as JSON, oldest first.</summary>
    public required string EventLog { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Null while paused before the due time: the due time then depends on when the citizen answers.</summary>
    public DateTimeOffset? Due { get; set; }

    public DateTimeOffset? LongOverdueAt { get; set; }

    public ClockState State { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the monitor first saw the clock overdue.</summary>
    public DateTimeOffset? OverdueAt { get; set; }

    /// <summary>When the clock was escalated to the unit's supervisors (long overdue: three times the target).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>Optimistic concurrency: a staff action and the monitor never overwrite each other.</summary>
    public int Version { get; set; }
}
