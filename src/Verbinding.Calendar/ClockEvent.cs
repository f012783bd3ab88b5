namespace Verbinding.Calendar;

public enum ClockEventKind
{
    Started,
    Paused,
    Resumed,
    Stopped,
}

public readonly record struct ClockEvent(ClockEventKind Kind, DateTimeOffset At);

public enum ClockState
{
    Running,
    Paused,
    Overdue,
    LongOverdue,
    /// <summary>Stopped on or before the due time.</summary>
    Met,
    /// <summary>Stopped after the due time.</summary>
    Missed,
}

/// <summary>
/// A clock evaluated at a moment. <see cref="Remaining"/> is counted as the target counts time (working time for
/// working-day targets) and is negative when overdue. While paused, <see cref="Due"/> is where it would be if the
/// clock resumed now.
/// </summary>
public sealed record ClockStatus(ClockState State, DateTimeOffset Due, DateTimeOffset LongOverdueAt, TimeSpan Remaining)
{
    public bool IsOpen => State is not (ClockState.Met or ClockState.Missed);
}
