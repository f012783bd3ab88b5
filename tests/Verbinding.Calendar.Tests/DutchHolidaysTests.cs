using Verbinding.Calendar;

namespace Verbinding.Calendar.Tests;

public sealed class DutchHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2038, "2038-04-25")] // latest possible Easter
    [InlineData(2285, "2285-03-22")] // earliest possible Easter
    public void Easter_sunday_matches_the_published_dates(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DutchHolidays.Easter(year));

    [Theory]
    [InlineData(2025, "2025-04-26")] // 27 April 2025 is a Sunday
    [InlineData(2026, "2026-04-27")]
    [InlineData(2031, "2031-04-26")] // 27 April 2031 is a Sunday
    [InlineData(2014, "2014-04-26")] // the first King's Day: 27 April 2014 was a Sunday
    [InlineData(2006, "2006-04-29")] // Queen's Day: 30 April 2006 was a Sunday
    [InlineData(2013, "2013-04-30")] // the last Queen's Day
    public void Kings_day_moves_to_saturday_when_it_falls_on_sunday(int year, string expected)
    {
        var day = DutchHolidays.For(year).Single(h => h.DutchName is "Koningsdag" or "Koninginnedag");
        Assert.Equal(DateOnly.Parse(expected), day.Date);
        Assert.NotEqual(DayOfWeek.Sunday, day.Date.DayOfWeek);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2030)]
    public void Ascension_and_whit_monday_follow_easter(int year)
    {
        var holidays = DutchHolidays.For(year);
        var easter = DutchHolidays.Easter(year);
        Assert.Equal(easter.AddDays(39), holidays.Single(h => h.DutchName == "Hemelvaartsdag").Date);
        Assert.Equal(easter.AddDays(50), holidays.Single(h => h.DutchName == "Tweede Pinksterdag").Date);
        Assert.Equal(DayOfWeek.Thursday, easter.AddDays(39).DayOfWeek);
    }

    [Fact]
    public void The_2026_list_is_complete_and_in_date_order()
    {
        var expected = new[]
        {
            ("2026-01-01", "Nieuwjaarsdag"), ("2026-04-05", "Eerste Paasdag"), ("2026-04-06", "Tweede Paasdag"),
            ("2026-04-27", "Koningsdag"), ("2026-05-05", "Bevrijdingsdag"), ("2026-05-14", "Hemelvaartsdag"),
            ("2026-05-24", "Eerste Pinksterdag"), ("2026-05-25", "Tweede Pinksterdag"),
            ("2026-12-25", "Eerste Kerstdag"), ("2026-12-26", "Tweede Kerstdag"),
        };
        Assert.Equal(expected, DutchHolidays.For(2026).Select(h => (h.Date.ToString("yyyy-MM-dd"), h.DutchName)));
    }

    [Theory]
    [InlineData(LiberationDayRule.EveryYear, 2026, true)]
    [InlineData(LiberationDayRule.EveryFiveYears, 2026, false)]
    [InlineData(LiberationDayRule.EveryFiveYears, 2025, true)]
    [InlineData(LiberationDayRule.EveryFiveYears, 2030, true)]
    [InlineData(LiberationDayRule.Never, 2025, false)]
    public void Liberation_day_follows_the_configured_rule(LiberationDayRule rule, int year, bool isHoliday) =>
        Assert.Equal(isHoliday, DutchHolidays.For(year, rule).Any(h => h.Date == new DateOnly(year, 5, 5)));

    [Fact]
    public void Years_outside_the_supported_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchHolidays.For(1979));
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchHolidays.For(10000));
    }
}
