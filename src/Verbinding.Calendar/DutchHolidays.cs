namespace Verbinding.Calendar;

/// <summary>
/// The Dutch public holidays of a year, computed (no tables): see docs/calendar.md for the rules and sources.
/// Supports 1980-9999, the years of the current monarch's-day rules and the Gregorian Easter.
/// </summary>
public static class DutchHolidays
{
    public const int FirstYear = 1980;
    public const int LastYear = 9999;

    public static IReadOnlyList<Holiday> For(int year, LiberationDayRule liberationDay = LiberationDayRule.EveryYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        var easter = Easter(year);
        var list = new List<Holiday>(11)
        {
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag", "New Year's Day"),
            new(easter, "Eerste Paasdag", "Easter Sunday"),
            new(easter.AddDays(1), "Tweede Paasdag", "Easter Monday"),
            MonarchsDay(year),
            new(easter.AddDays(39), "Hemelvaartsdag", "Ascension Day"),
            new(easter.AddDays(49), "Eerste Pinksterdag", "Whit Sunday"),
            new(easter.AddDays(50), "Tweede Pinksterdag", "Whit Monday"),
            new(new DateOnly(year, 12, 25), "Eerste Kerstdag", "Christmas Day"),
            new(new DateOnly(year, 12, 26), "Tweede Kerstdag", "Boxing Day"),
        };
        if (IsLiberationDayOff(year, liberationDay))
        {
            list.Add(new(new DateOnly(year, 5, 5), "Bevrijdingsdag", "Liberation Day"));
        }
        list.Sort((a, b) => a.Date.CompareTo(b.Date));
        return list;
    }

    /// <summary>Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>
    /// King's Day (since 2014) is 27 April, or Saturday 26 April when the 27th is a Sunday. Queen's Day (1980-2013)
    /// was 30 April, or Saturday 29 April when the 30th was a Sunday.
    /// </summary>
    private static Holiday MonarchsDay(int year)
    {
        if (year >= 2014)
        {
            var kingsDay = new DateOnly(year, 4, 27);
            return new(kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay, "Koningsdag", "King's Day");
        }
        var queensDay = new DateOnly(year, 4, 30);
        return new(queensDay.DayOfWeek == DayOfWeek.Sunday ? queensDay.AddDays(-1) : queensDay, "Koninginnedag", "Queen's Day");
    }

    private static bool IsLiberationDayOff(int year, LiberationDayRule rule) => rule switch
    {
        LiberationDayRule.EveryYear => true,
        LiberationDayRule.EveryFiveYears => year % 5 == 0,
        _ => false,
    };
}
