using Verbinding.Calendar;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Appointments;

/// <summary>A bookable time: start and end as instants (stored in UTC, shown in Europe/Amsterdam).</summary>
public readonly record struct Slot(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// Cuts one local day's opening period into slots of equal length. Pure: the caller decides whether the day is a
/// public holiday and what "now" is. Slots that do not exist locally (the hour skipped when summer time starts)
/// are left out; a slot that would run past closing time is not offered.
/// </summary>
public static class SlotPlanner
{
    public static IReadOnlyList<Slot> Slots(WorkPeriod hours, DateOnly day, TimeSpan length, DateTimeOffset earliest, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        var slots = new List<Slot>();
        for (var offset = hours.Opens; offset + length <= hours.Closes; offset += length)
        {
            var local = day.ToDateTime(TimeOnly.MinValue).Add(offset);
            if (zone.IsInvalidTime(local))
            {
                continue;
            }
            var start = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
            if (start >= earliest && slots.All(s => s.Start != start))
            {
                slots.Add(new Slot(start, start + length));
            }
        }
        return slots;
    }

    /// <summary>The slots of a bureau on one day; none when it is closed or <paramref name="holiday"/>.</summary>
    public static IReadOnlyList<Slot> BureauSlots(OpeningHours opening, DateOnly day, bool holiday, TimeSpan length, DateTimeOffset earliest, TimeZoneInfo zone) =>
        !holiday && WorkPeriod.TryParse(opening.For(day.DayOfWeek), out var hours)
            ? Slots(hours, day, length, earliest, zone)
            : [];
}
