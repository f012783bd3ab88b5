using Verbinding.Calendar;
using static Verbinding.Calendar.Tests.Amsterdam;

namespace Verbinding.Calendar.Tests;

public sealed class ServiceClockTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;
    private static readonly ServiceLevel Email = new("email-first-response", 1, ServiceLevelUnit.WorkingDays);
    private static readonly ServiceLevel VictimUpdate = new("victim-status-update", 5, ServiceLevelUnit.WorkingDays);
    private static readonly ServiceLevel Chat = new("webchat-first-response", 60, ServiceLevelUnit.CalendarSeconds);

    [Fact]
    public void Clock_started_friday_1630_with_one_working_day_is_due_monday_1630()
    {
        var clock = ServiceClock.Start(Email, At("2026-03-06 16:30"));
        var status = clock.Evaluate(Calendar, At("2026-03-06 16:30"));
        Assert.Equal(ClockState.Running, status.State);
        Assert.Equal("2026-03-09 16:30 +01:00", Local(status.Due));
        Assert.Equal(TimeSpan.FromHours(9), status.Remaining); // 0.5 h on Friday and 8.5 h on Monday
        Assert.Equal(TimeSpan.FromHours(8.5), clock.Evaluate(Calendar, At("2026-03-07 12:00")).Remaining); // the weekend does not count
    }

    [Fact]
    public void Clock_becomes_overdue_at_due_and_long_overdue_at_three_times_the_target()
    {
        var clock = ServiceClock.Start(Email, At("2026-03-06 16:30"));
        Assert.Equal(ClockState.Running, clock.Evaluate(Calendar, At("2026-03-09 16:29")).State);
        Assert.Equal(ClockState.Overdue, clock.Evaluate(Calendar, At("2026-03-09 16:30")).State);
        var status = clock.Evaluate(Calendar, At("2026-03-11 16:30"));
        Assert.Equal("2026-03-11 16:30 +01:00", Local(status.LongOverdueAt));
        Assert.Equal(ClockState.LongOverdue, status.State);
        Assert.Equal(TimeSpan.FromHours(-18), status.Remaining);
    }

    [Fact]
    public void A_pause_over_christmas_moves_the_due_date_by_the_working_time_paused()
    {
        // Started Monday 21 December 10:00 with 5 working days: 22, 23, 24, 28, 29 December, so due Tuesday 29 December 10:00.
        var clock = ServiceClock.Start(VictimUpdate, At("2026-12-21 10:00"));
        Assert.Equal("2026-12-29 10:00 +01:00", Local(clock.Evaluate(Calendar, At("2026-12-21 10:00")).Due));

        // Waiting for the citizen from Wednesday 23 Dec 10:00 to Tuesday 29 Dec 10:00: three working days paused.
        var paused = clock.Pause(At("2026-12-23 10:00"));
        var whilePaused = paused.Evaluate(Calendar, At("2026-12-28 12:00"));
        Assert.Equal(ClockState.Paused, whilePaused.State);
        Assert.Equal(TimeSpan.FromHours(27), whilePaused.Remaining); // 3 working days of 9 hours left, frozen

        var resumed = paused.Resume(At("2026-12-29 10:00")).Evaluate(Calendar, At("2026-12-29 10:00"));
        Assert.Equal(ClockState.Running, resumed.State);
        Assert.Equal("2027-01-04 10:00 +01:00", Local(resumed.Due)); // 29, 30, 31 Dec, (1 Jan holiday), 4 Jan
    }

    [Fact]
    public void A_clock_paused_after_it_was_due_stays_overdue()
    {
        var clock = ServiceClock.Start(Email, At("2026-03-09 09:00")).Pause(At("2026-03-11 09:00"));
        var status = clock.Evaluate(Calendar, At("2026-03-11 10:00"));
        Assert.Equal(ClockState.Overdue, status.State);
        Assert.Equal("2026-03-10 09:00 +01:00", Local(status.Due));
    }

    [Theory]
    [InlineData(59, ClockState.Met)]
    [InlineData(60, ClockState.Met)]
    [InlineData(61, ClockState.Missed)]
    public void A_stopped_clock_is_met_or_missed(int seconds, ClockState expected)
    {
        var start = At("2026-03-08 03:00"); // calendar-time targets also run at night and on Sundays
        var clock = ServiceClock.Start(Chat, start).Stop(start.AddSeconds(seconds));
        Assert.Equal(expected, clock.Evaluate(Calendar, start.AddHours(5)).State);
    }

    [Fact]
    public void Events_in_the_wrong_order_are_refused()
    {
        var clock = ServiceClock.Start(Email, At("2026-03-09 09:00"));
        Assert.Throws<InvalidOperationException>(() => clock.Resume(At("2026-03-09 10:00")));
        Assert.Throws<InvalidOperationException>(() => clock.Pause(At("2026-03-09 08:00")));
        Assert.Throws<InvalidOperationException>(() => clock.Stop(At("2026-03-09 10:00")).Pause(At("2026-03-09 11:00")));
    }

    [Fact]
    public void A_replayed_clock_evaluates_like_the_original()
    {
        var original = ServiceClock.Start(VictimUpdate, At("2026-12-21 10:00")).Pause(At("2026-12-23 10:00")).Resume(At("2026-12-29 10:00"));
        var replayed = ServiceClock.Replay(VictimUpdate, original.Events);
        Assert.Equal(original.Evaluate(Calendar, At("2027-01-02 10:00")), replayed.Evaluate(Calendar, At("2027-01-02 10:00")));
    }
}
