using Verbinding.Calendar;

namespace Verbinding.Calendar.Tests;

/// <summary>Test helpers: local Amsterdam wall-clock times as instants.</summary>
internal static class Amsterdam
{
    public static DateTimeOffset At(string local)
    {
        var dateTime = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        return WorkingCalendar.Default.ToInstant(DateOnly.FromDateTime(dateTime), dateTime.TimeOfDay);
    }

    public static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, WorkingCalendar.Amsterdam).ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
}
