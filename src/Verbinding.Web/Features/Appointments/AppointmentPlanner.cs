using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Calendar;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Appointments;

/// <summary>Which slots exist for a place on a day, and how many seats each has left.</summary>
public sealed class AppointmentPlanner(VerbindingDbContext db, CalendarSettings calendars, IOptions<AppointmentOptions> options, TimeProvider time)
{
    private AppointmentOptions Options => options.Value;

    public async Task<BookingPlace?> BureauAsync(string? bureauId, AppointmentKind kind, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(bureauId) || kind == AppointmentKind.CallBack)
        {
            return null;
        }
        var bureau = await db.Set<Bureau>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bureauId, ct);
        if (bureau is null)
        {
            return null;
        }
        var eenheid = await db.Set<Basisteam>().Where(t => t.Id == bureau.BasisteamId).Select(t => t.EenheidId).FirstOrDefaultAsync(ct);
        var capacity = kind == AppointmentKind.Aangifte ? Options.AangifteCapacity : Options.OtherCapacity;
        return new BookingPlace(kind, SlotResources.Bureau(bureau.Id, kind), capacity, bureau, eenheid);
    }

    public BookingPlace CallBack(string? eenheidId) =>
        new(AppointmentKind.CallBack, SlotResources.CallBack, Options.CallBackCapacity, null, eenheidId);

    /// <summary>The local days a citizen may choose from: today and the configured number of days ahead.</summary>
    public IReadOnlyList<DateOnly> Days()
    {
        var today = DateOnly.FromDateTime(DutchTime.ToLocal(time.GetUtcNow()).DateTime);
        return [.. Enumerable.Range(0, Options.DaysAhead + 1).Select(today.AddDays)];
    }

    public bool IsBookableDay(DateOnly day) => Days().Contains(day);

    /// <summary>The slots of the day that start far enough from now (closed days and public holidays have none for bureaus).</summary>
    public IReadOnlyList<Slot> Times(BookingPlace place, DateOnly day)
    {
        var earliest = time.GetUtcNow().AddMinutes(Options.MinimumNoticeMinutes);
        if (place.Bureau is { } bureau)
        {
            var holiday = calendars.ForOrDefault(place.EenheidId).IsHoliday(day);
            return SlotPlanner.BureauSlots(bureau.OpeningHours, day, holiday, Options.SlotLength, earliest, DutchTime.Zone);
        }
        // The call-back team works every day, holidays included.
        var hours = new WorkPeriod(Options.CallBackOpens.ToTimeSpan(), Options.CallBackCloses.ToTimeSpan());
        return SlotPlanner.Slots(hours, day, Options.SlotLength, earliest, DutchTime.Zone);
    }

    /// <summary>The bookable days (the first <paramref name="limit"/>, if given) with their number of free seats.</summary>
    public async Task<IReadOnlyList<(DateOnly Day, int Free)>> FreeSeatsPerDayAsync(BookingPlace place, int? limit, CancellationToken ct)
    {
        var days = new List<(DateOnly, int)>();
        foreach (var day in limit is { } n ? Days().Take(n) : Days())
        {
            days.Add((day, (await SlotsAsync(place, day, ct)).Sum(s => s.Free)));
        }
        return days;
    }

    public async Task<IReadOnlyList<SlotView>> SlotsAsync(BookingPlace place, DateOnly day, CancellationToken ct)
    {
        var times = Times(place, day);
        if (times.Count == 0)
        {
            return [];
        }
        var (from, to) = (times[0].Start, times[^1].Start);
        var taken = await db.Set<SlotClaim>().AsNoTracking()
            .Where(c => c.ResourceKey == place.ResourceKey && c.SlotStart >= from && c.SlotStart <= to)
            .Select(c => c.SlotStart).ToListAsync(ct);
        var counts = taken.CountBy(s => s).ToDictionary(p => p.Key, p => p.Value);
        return [.. times.Select(t => new SlotView(t.Start, t.End, Math.Max(0, place.Capacity - counts.GetValueOrDefault(t.Start))))];
    }

    /// <summary>The slot starting at <paramref name="start"/> if it is offered for this place today or later.</summary>
    public Slot? Find(BookingPlace place, DateTimeOffset start)
    {
        var day = DateOnly.FromDateTime(DutchTime.ToLocal(start).DateTime);
        return IsBookableDay(day) && Times(place, day).FirstOrDefault(s => s.Start == start) is { End: var end } && end > start
            ? new Slot(start, end)
            : null;
    }
}
