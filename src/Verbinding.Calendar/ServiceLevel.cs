namespace Verbinding.Calendar;

public enum ServiceLevelUnit
{
    CalendarSeconds,
    CalendarMinutes,
    CalendarDays,
    WorkingHours,
    WorkingDays,
}

/// <summary>A service-level target such as "e-mail: first answer within 1 working day".</summary>
public sealed record ServiceLevel(string Key, int Amount, ServiceLevelUnit Unit)
{
    /// <summary>Long overdue: three times the target has passed.</summary>
    public const int LongOverdueFactor = 3;

    /// <summary>Working-time targets stop counting outside office hours and on holidays.</summary>
    public bool CountsWorkingTime => Unit is ServiceLevelUnit.WorkingHours or ServiceLevelUnit.WorkingDays;

    public DateTimeOffset DueFrom(DateTimeOffset start, WorkingCalendar calendar, int factor = 1)
    {
        var amount = checked(Amount * factor);
        return Unit switch
        {
            ServiceLevelUnit.CalendarSeconds => start.AddSeconds(amount),
            ServiceLevelUnit.CalendarMinutes => start.AddMinutes(amount),
            ServiceLevelUnit.CalendarDays => calendar.AddCalendarDays(start, amount),
            ServiceLevelUnit.WorkingHours => calendar.AddWorkingTime(start, TimeSpan.FromHours(amount)),
            _ => calendar.AddWorkingDays(start, amount),
        };
    }

    /// <summary>Time left from <paramref name="from"/> to <paramref name="to"/> as this target counts it (working or real time).</summary>
    public TimeSpan Measure(DateTimeOffset from, DateTimeOffset to, WorkingCalendar calendar) =>
        CountsWorkingTime ? calendar.WorkingTimeBetween(from, to) : to - from;

    /// <summary>The instant <paramref name="amount"/> (as this target counts time) after <paramref name="from"/>.</summary>
    public DateTimeOffset Advance(DateTimeOffset from, TimeSpan amount, WorkingCalendar calendar) =>
        CountsWorkingTime ? calendar.AddWorkingTime(from, amount) : from + amount;
}
