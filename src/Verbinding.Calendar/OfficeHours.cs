namespace Verbinding.Calendar;

/// <summary>Office hours per weekday (local time); a weekday without hours is not a working day.</summary>
public sealed class OfficeHours
{
    private readonly WorkPeriod?[] _byDay;

    public OfficeHours(IReadOnlyDictionary<DayOfWeek, WorkPeriod> hours)
    {
        if (hours.Count == 0)
        {
            throw new ArgumentException("Office hours need at least one weekday.", nameof(hours));
        }
        _byDay = new WorkPeriod?[7];
        foreach (var (day, period) in hours)
        {
            _byDay[(int)day] = period;
        }
    }

    /// <summary>Monday to Friday 08:00-17:00, the default for every eenheid.</summary>
    public static OfficeHours Default { get; } = new(new Dictionary<DayOfWeek, WorkPeriod>
    {
        [DayOfWeek.Monday] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(17)),
        [DayOfWeek.Tuesday] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(17)),
        [DayOfWeek.Wednesday] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(17)),
        [DayOfWeek.Thursday] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(17)),
        [DayOfWeek.Friday] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(17)),
    });

    public WorkPeriod? For(DayOfWeek day) => _byDay[(int)day];
}
