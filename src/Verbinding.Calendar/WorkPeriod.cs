using System.Globalization;

namespace Verbinding.Calendar;

/// <summary>One day's office or opening hours in local time (units' office hours, bureaus' opening hours). <see cref="Closes"/> may be 24:00, which <see cref="TimeOnly"/> cannot hold.</summary>
public readonly record struct WorkPeriod(TimeSpan Opens, TimeSpan Closes)
{
    public static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);

    public bool Contains(TimeOnly time) => time.ToTimeSpan() >= Opens && time.ToTimeSpan() < Closes;

    /// <summary>Parses "HH:mm-HH:mm" (e.g. "08:00-17:00", "00:00-24:00"); opening must be before closing.</summary>
    public static bool TryParse(string? text, out WorkPeriod period)
    {
        period = default;
        var parts = text?.Split('-');
        if (parts is not [var open, var close]
            || !TryParseTime(open, out var opens)
            || !TryParseTime(close, out var closes)
            || opens >= closes)
        {
            return false;
        }
        period = new WorkPeriod(opens, closes);
        return true;
    }

    public override string ToString() => $"{Opens:hh\\:mm}-{(Closes == EndOfDay ? "24:00" : Closes.ToString("hh\\:mm", CultureInfo.InvariantCulture))}";

    private static bool TryParseTime(string text, out TimeSpan time)
    {
        if (text == "24:00")
        {
            time = EndOfDay;
            return true;
        }
        var ok = TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        time = parsed.ToTimeSpan();
        return ok;
    }
}
