using Verbinding.Calendar;

namespace Verbinding.Web.Features.Organisation;

/// <summary>
/// Opening hours per weekday as "HH:mm-HH:mm" text, null when closed. Stored as seven plain columns so the
/// model is the same on SQLite and PostgreSQL; <see cref="WorkPeriod"/> (Verbinding.Calendar) gives the parsed form.
/// </summary>
public sealed class OpeningHours
{
    public string? Mon { get; set; }
    public string? Tue { get; set; }
    public string? Wed { get; set; }
    public string? Thu { get; set; }
    public string? Fri { get; set; }
    public string? Sat { get; set; }
    public string? Sun { get; set; }

    public string? For(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Mon,
        DayOfWeek.Tuesday => Tue,
        DayOfWeek.Wednesday => Wed,
        DayOfWeek.Thursday => Thu,
        DayOfWeek.Friday => Fri,
        DayOfWeek.Saturday => Sat,
        _ => Sun,
    };

    /// <summary>Whether the bureau is open at a local (Europe/Amsterdam) day and time.</summary>
    public bool IsOpenAt(DayOfWeek day, TimeOnly time) =>
        WorkPeriod.TryParse(For(day), out var hours) && hours.Contains(time);
}
