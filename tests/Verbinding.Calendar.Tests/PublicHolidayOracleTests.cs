using PublicHoliday;
using Verbinding.Calendar;

namespace Verbinding.Calendar.Tests;

/// <summary>
/// Our computed holidays against an independent library (NuGet PublicHoliday 3.17.0) over many years. The library
/// lists Liberation Day every year and leaves out Easter and Whit Sunday, so Sundays are left out on both sides
/// (a Sunday is never a working day anyway). It does give Saturday 26 April for King's Day 2025 and 2031.
/// </summary>
public sealed class PublicHolidayOracleTests
{
    [Fact]
    public void Our_holidays_agree_with_the_public_holiday_library_from_2014_to_2200()
    {
        var oracle = new DutchPublicHoliday();
        var differences = new List<string>();
        for (var year = 2014; year <= 2200; year++)
        {
            var ours = DutchHolidays.For(year, LiberationDayRule.EveryYear)
                .Select(h => h.Date).Where(d => d.DayOfWeek != DayOfWeek.Sunday).ToHashSet();
            var theirs = oracle.PublicHolidays(year).Select(DateOnly.FromDateTime)
                .Where(d => d.DayOfWeek != DayOfWeek.Sunday).ToHashSet();
            differences.AddRange(ours.Except(theirs).Select(d => $"only ours: {d:yyyy-MM-dd}"));
            differences.AddRange(theirs.Except(ours).Select(d => $"only theirs: {d:yyyy-MM-dd}"));
        }
        Assert.Empty(differences);
    }
}
