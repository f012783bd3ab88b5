using System.Collections.Immutable;

namespace Verbinding.Calendar;

/// <summary>
/// An immutable service clock: a service level plus its events (started, paused, resumed, stopped). Everything else
/// (due time, state, time left) is computed from the events for an explicit <c>now</c>, so a stored clock can always
/// be re-evaluated and audited.
/// </summary>
public sealed class ServiceClock
{
    private ServiceClock(ServiceLevel level, ImmutableArray<ClockEvent> events)
    {
        Level = level;
        Events = events;
    }

    public ServiceLevel Level { get; }

    public ImmutableArray<ClockEvent> Events { get; }

    public DateTimeOffset StartedAt => Events[0].At;

    public bool IsPaused => Events[^1].Kind == ClockEventKind.Paused;

    public bool IsStopped => Events[^1].Kind == ClockEventKind.Stopped;

    public static ServiceClock Start(ServiceLevel level, DateTimeOffset at) => new(level, [new(ClockEventKind.Started, at)]);

    /// <summary>Rebuilds a stored clock, checking that the events are in a valid order.</summary>
    public static ServiceClock Replay(ServiceLevel level, IEnumerable<ClockEvent> events)
    {
        using var e = events.GetEnumerator();
        if (!e.MoveNext() || e.Current.Kind != ClockEventKind.Started)
        {
            throw new InvalidOperationException("A service clock's first event must be Started.");
        }
        var clock = Start(level, e.Current.At);
        while (e.MoveNext())
        {
            clock = clock.Apply(e.Current);
        }
        return clock;
    }

    public ServiceClock Pause(DateTimeOffset at) => Apply(new(ClockEventKind.Paused, at));

    public ServiceClock Resume(DateTimeOffset at) => Apply(new(ClockEventKind.Resumed, at));

    public ServiceClock Stop(DateTimeOffset at) => Apply(new(ClockEventKind.Stopped, at));

    public ServiceClock Apply(ClockEvent next)
    {
        var last = Events[^1];
        var allowed = (last.Kind, next.Kind) switch
        {
            (ClockEventKind.Stopped, _) => false,
            (ClockEventKind.Paused, ClockEventKind.Resumed or ClockEventKind.Stopped) => true,
            (ClockEventKind.Started or ClockEventKind.Resumed, ClockEventKind.Paused or ClockEventKind.Stopped) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new InvalidOperationException($"A service clock cannot go from {last.Kind} to {next.Kind}.");
        }
        if (next.At < last.At)
        {
            throw new InvalidOperationException($"{next.Kind} at {next.At:O} is before the previous event at {last.At:O}.");
        }
        return new(Level, Events.Add(next));
    }

    public ClockStatus Evaluate(WorkingCalendar calendar, DateTimeOffset now)
    {
        var due = Level.DueFrom(StartedAt, calendar);
        var longDue = Level.DueFrom(StartedAt, calendar, ServiceLevel.LongOverdueFactor);
        DateTimeOffset? pausedAt = null;
        foreach (var e in Events.AsSpan()[1..])
        {
            if (e.Kind == ClockEventKind.Paused)
            {
                pausedAt = e.At;
            }
            else if (pausedAt is { } from)
            {
                // Resumed, or stopped while waiting: the paused stretch does not count.
                due = Shift(due, from, e.At, calendar);
                longDue = Shift(longDue, from, e.At, calendar);
                pausedAt = null;
            }
        }
        if (IsStopped)
        {
            var stop = Events[^1].At;
            return new(stop <= due ? ClockState.Met : ClockState.Missed, due, longDue, Level.Measure(stop, due, calendar));
        }
        if (pausedAt is { } since)
        {
            var resume = now > since ? now : since;
            due = Shift(due, since, resume, calendar);
            longDue = Shift(longDue, since, resume, calendar);
        }
        var state = now >= longDue ? ClockState.LongOverdue
            : now >= due ? ClockState.Overdue
            : IsPaused ? ClockState.Paused
            : ClockState.Running;
        return new(state, due, longDue, Level.Measure(now, due, calendar));
    }

    /// <summary>Moves a deadline by a pause: the time that was left when the pause began is left again at resume.</summary>
    private DateTimeOffset Shift(DateTimeOffset deadline, DateTimeOffset pausedAt, DateTimeOffset resumedAt, WorkingCalendar calendar)
    {
        if (deadline <= pausedAt)
        {
            return deadline;
        }
        var left = Level.Measure(pausedAt, deadline, calendar);
        return left <= TimeSpan.Zero ? deadline : Level.Advance(resumedAt, left, calendar);
    }
}
