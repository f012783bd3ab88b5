using System.Collections.Concurrent;

namespace Verbinding.Calendar;

/// <summary>
/// Working days and working time of one eenheid: office hours on days that are not public holidays, in local time
/// (Europe/Amsterdam by default). All arithmetic is on real instants, so DST changes are handled by the time zone.
/// </summary>
public sealed class WorkingCalendar(OfficeHours hours, LiberationDayRule liberationDay, TimeZoneInfo zone)
{
    public static TimeZoneInfo Amsterdam { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Mon-Fri 08:00-17:00 Europe/Amsterdam, Liberation Day every year (as the Algemene termijnenwet counts it).</summary>
    public static WorkingCalendar Default { get; } = new(OfficeHours.Default, LiberationDayRule.EveryYear, Amsterdam);

    // A deadline search never needs more than a few years; the guard turns a bad configuration into an error, not a hang.
    private const int MaxDaysScanned = 366 * 50;

    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidays = new();

    public OfficeHours Hours => hours;

    public LiberationDayRule LiberationDay => liberationDay;

    public TimeZoneInfo Zone => zone;

    public IReadOnlyList<Holiday> Holidays(int year) => DutchHolidays.For(year, liberationDay);

    public bool IsHoliday(DateOnly date) =>
        _holidays.GetOrAdd(date.Year, y => [.. DutchHolidays.For(y, liberationDay).Select(h => h.Date)]).Contains(date);

    public bool IsWorkingDay(DateOnly date) => hours.For(date.DayOfWeek) is not null && !IsHoliday(date);

    /// <summary>The date <paramref name="days"/> working days after (or before, when negative) <paramref name="date"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var step = days < 0 ? -1 : 1;
        for (int left = Math.Abs(days), scanned = 0; left > 0; scanned++)
        {
            Guard(scanned);
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }
        return date;
    }

    /// <summary>
    /// The same local time <paramref name="days"/> working days later (Friday 16:30 + 1 = Monday 16:30). A start outside
    /// office hours counts from the previous closing time (Saturday 10:00 + 1 = Monday 17:00).
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return start;
        }
        var (anchor, timeOfDay) = Anchor(start);
        var due = AddWorkingDays(anchor, days);
        var period = hours.For(due.DayOfWeek)!.Value;
        return ToInstant(due, TimeSpan.FromTicks(Math.Clamp(timeOfDay.Ticks, period.Opens.Ticks, period.Closes.Ticks)));
    }

    /// <summary>The instant at which <paramref name="amount"/> of working time has passed since <paramref name="start"/>.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        var day = LocalDate(start);
        for (var scanned = 0; ; scanned++, day = day.AddDays(1))
        {
            Guard(scanned);
            if (Period(day) is not { } p || p.Close <= start)
            {
                continue;
            }
            var from = p.Open > start ? p.Open : start;
            if (amount <= p.Close - from)
            {
                return from + amount;
            }
            amount -= p.Close - from;
        }
    }

    /// <summary>Working time between two instants; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from);
        }
        var total = TimeSpan.Zero;
        for (var day = LocalDate(from); day <= LocalDate(to); day = day.AddDays(1))
        {
            if (Period(day) is { } p)
            {
                var start = p.Open > from ? p.Open : from;
                var end = p.Close < to ? p.Close : to;
                if (end > start)
                {
                    total += end - start;
                }
            }
        }
        return total;
    }

    /// <summary>The same local time <paramref name="days"/> calendar days later (14 days stay 14 days across a DST change).</summary>
    public DateTimeOffset AddCalendarDays(DateTimeOffset start, int days)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        return ToInstant(DateOnly.FromDateTime(local.DateTime).AddDays(days), local.TimeOfDay);
    }

    /// <summary>Whether <paramref name="at"/> falls inside office hours on a working day.</summary>
    public bool IsWorkingTime(DateTimeOffset at) => Period(LocalDate(at)) is { } p && at >= p.Open && at < p.Close;

    /// <summary>Today's office hours as instants, or null on a day off.</summary>
    public (DateTimeOffset Open, DateTimeOffset Close)? Period(DateOnly day) =>
        IsWorkingDay(day) && hours.For(day.DayOfWeek) is { } p ? (ToInstant(day, p.Opens), ToInstant(day, p.Closes)) : null;

    /// <summary>Local wall-clock time to an instant; a time in the spring-forward gap moves past it, an ambiguous one takes summer time.</summary>
    public DateTimeOffset ToInstant(DateOnly day, TimeSpan timeOfDay)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).Add(timeOfDay);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private (DateOnly Day, TimeSpan TimeOfDay) Anchor(DateTimeOffset start)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(day) && hours.For(day.DayOfWeek) is { } today && local.TimeOfDay >= today.Opens)
        {
            return (day, local.TimeOfDay < today.Closes ? local.TimeOfDay : today.Closes);
        }
        for (var scanned = 0; ; scanned++)
        {
            Guard(scanned);
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                return (day, hours.For(day.DayOfWeek)!.Value.Closes);
            }
        }
    }

    private static void Guard(int scanned)
    {
        if (scanned > MaxDaysScanned)
        {
            throw new InvalidOperationException("No working day found within 50 years: check the office hours.");
        }
    }
}
