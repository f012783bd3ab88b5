using System.Globalization;

namespace Verbinding.Assistant.Entities;

/// <summary>Citizens speak in Dutch local dates: "gisteren" means yesterday in Amsterdam, not in UTC.</summary>
internal static class AmsterdamCalendar
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Today(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Amsterdam).DateTime);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Range(DateOnly first, DateOnly last) => Format(first) + "/" + Format(last);

    /// <summary>Monday of the ISO week holding <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>A past-event date without a year lies in the past: "12-12" said in March is last December.</summary>
    public static DateOnly? PastDate(int year, int month, int day, DateOnly today, bool yearGiven)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (!yearGiven && date > today)
        {
            return day <= DateTime.DaysInMonth(year - 1, month) ? new DateOnly(year - 1, month, day) : null;
        }

        return date;
    }
}
