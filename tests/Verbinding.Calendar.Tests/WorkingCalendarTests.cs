using Verbinding.Calendar;
using static Verbinding.Calendar.Tests.Amsterdam;

namespace Verbinding.Calendar.Tests;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [Theory]
    [InlineData("2026-12-24", 3, "2026-12-30")] // Christmas, Boxing Day (Saturday) and Sunday skipped
    [InlineData("2026-12-24", 1, "2026-12-28")]
    [InlineData("2025-04-25", 1, "2025-04-28")] // King's Day on Saturday 26 April changes nothing
    [InlineData("2026-04-24", 1, "2026-04-28")] // King's Day Monday 27 April 2026 is skipped
    [InlineData("2026-05-04", 1, "2026-05-06")] // Liberation Day counted every year by default
    [InlineData("2026-05-13", 1, "2026-05-15")] // Ascension Day
    [InlineData("2026-05-22", 1, "2026-05-26")] // Whit Monday
    [InlineData("2026-04-02", 1, "2026-04-03")] // Good Friday is a working day
    [InlineData("2026-12-31", 1, "2027-01-04")] // New Year's Day, then the weekend
    [InlineData("2026-12-30", -3, "2026-12-24")]
    [InlineData("2026-12-27", 0, "2026-12-27")]
    public void Adds_working_days_skipping_weekends_and_holidays(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(start), days));

    [Fact]
    public void Liberation_day_every_five_years_is_a_working_day_in_other_years()
    {
        var calendar = new WorkingCalendar(OfficeHours.Default, LiberationDayRule.EveryFiveYears, WorkingCalendar.Amsterdam);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 5, 5)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 5, 5))); // a Monday in a lustrum year
    }

    [Fact]
    public void Friday_1630_plus_one_working_day_is_monday_1630() =>
        Assert.Equal("2026-03-09 16:30 +01:00", Local(Calendar.AddWorkingDays(At("2026-03-06 16:30"), 1)));

    [Theory]
    [InlineData("2026-03-07 10:00", "2026-03-09 17:00")] // Saturday: counts from Friday's closing time
    [InlineData("2026-03-06 20:00", "2026-03-09 17:00")] // Friday evening
    [InlineData("2026-03-09 07:00", "2026-03-09 17:00")] // Monday before opening
    public void A_start_outside_office_hours_counts_from_the_previous_closing_time(string start, string expected) =>
        Assert.Equal(expected, Local(Calendar.AddWorkingDays(At(start), 1))[..16]);

    [Fact]
    public void Working_days_keep_the_local_time_across_the_spring_dst_change()
    {
        // Sunday 29 March 2026 clocks go forward: Friday 10:00 CET + 1 working day = Monday 10:00 CEST.
        var due = Calendar.AddWorkingDays(At("2026-03-27 10:00"), 1);
        Assert.Equal("2026-03-30 10:00 +02:00", Local(due));
        Assert.Equal(TimeSpan.FromHours(71), due - At("2026-03-27 10:00"));
    }

    [Fact]
    public void Working_days_keep_the_local_time_across_the_autumn_dst_change() =>
        // Sunday 25 October 2026 clocks go back.
        Assert.Equal("2026-10-26 10:00 +01:00", Local(Calendar.AddWorkingDays(At("2026-10-23 10:00"), 1)));

    [Theory]
    [InlineData("2026-03-06 16:00", 2, "2026-03-09 09:00")] // one hour on Friday, one on Monday
    [InlineData("2026-03-06 16:00", 1, "2026-03-06 17:00")] // ends exactly at closing: not the next morning
    [InlineData("2026-03-07 12:00", 1, "2026-03-09 09:00")] // Saturday: starts Monday 08:00
    [InlineData("2026-12-24 16:00", 3, "2026-12-28 10:00")] // Christmas and the weekend do not count
    public void Adds_working_hours_within_office_hours(string start, int hours, string expected) =>
        Assert.Equal(expected, Local(Calendar.AddWorkingTime(At(start), TimeSpan.FromHours(hours)))[..16]);

    [Fact]
    public void Working_time_between_counts_only_office_hours()
    {
        Assert.Equal(TimeSpan.FromHours(10), Calendar.WorkingTimeBetween(At("2026-03-06 16:00"), At("2026-03-09 17:00")));
        Assert.Equal(TimeSpan.FromHours(-10), Calendar.WorkingTimeBetween(At("2026-03-09 17:00"), At("2026-03-06 16:00")));
        Assert.Equal(TimeSpan.Zero, Calendar.WorkingTimeBetween(At("2026-12-24 17:00"), At("2026-12-28 08:00")));
    }

    [Fact]
    public void A_round_the_clock_unit_counts_23_hours_on_the_spring_dst_day()
    {
        var allDay = new WorkPeriod(TimeSpan.Zero, WorkPeriod.EndOfDay);
        var hours = new OfficeHours(Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => allDay));
        var calendar = new WorkingCalendar(hours, LiberationDayRule.Never, WorkingCalendar.Amsterdam);
        Assert.Equal(TimeSpan.FromHours(23), calendar.WorkingTimeBetween(At("2026-03-29 00:00"), At("2026-03-30 00:00")));
        Assert.Equal(TimeSpan.FromHours(25), calendar.WorkingTimeBetween(At("2026-10-25 00:00"), At("2026-10-26 00:00")));
    }

    [Fact]
    public void Calendar_days_keep_the_local_time_across_dst() =>
        Assert.Equal("2026-04-03 10:00 +02:00", Local(Calendar.AddCalendarDays(At("2026-03-20 10:00"), 14)));
}
