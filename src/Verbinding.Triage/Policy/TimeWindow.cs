using System.Globalization;

namespace Verbinding.Triage.Policy;

/// <summary>A daily window such as "08:00-22:00" in Dutch local time; "22:00-08:00" wraps past midnight.</summary>
public readonly record struct TimeWindow(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) =>
        From <= To ? time >= From && time < To : time >= From || time < To;

    public static bool TryParse(string? text, out TimeWindow window)
    {
        window = default;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not [var from, var to]
            || !TimeOnly.TryParseExact(from, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(to, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return false;
        }
        window = new TimeWindow(start, end);
        return true;
    }
}
