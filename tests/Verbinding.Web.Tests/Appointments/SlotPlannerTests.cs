using Verbinding.Calendar;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Tests.Appointments;

/// <summary>Pure: how opening hours become slots.</summary>
public sealed class SlotPlannerTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly DateTimeOffset LongAgo = DateTimeOffset.MinValue;

    [Fact]
    public void Nine_to_five_gives_sixteen_half_hour_slots_and_the_last_ends_at_closing_time()
    {
        var slots = SlotPlanner.Slots(new WorkPeriod(TimeSpan.FromHours(9), TimeSpan.FromHours(17)), new DateOnly(2026, 12, 1), HalfHour, LongAgo, DutchTime.Zone);

        Assert.Equal(16, slots.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), slots[0].Start); // 09:00 in winter is 08:00 UTC
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero), slots[^1].End);
    }

    [Fact]
    public void Slots_that_have_started_or_are_too_soon_are_not_offered()
    {
        var earliest = new DateTimeOffset(2026, 12, 1, 12, 10, 0, TimeSpan.Zero); // 13:10 local

        var slots = SlotPlanner.Slots(new WorkPeriod(TimeSpan.FromHours(9), TimeSpan.FromHours(17)), new DateOnly(2026, 12, 1), HalfHour, earliest, DutchTime.Zone);

        Assert.Equal("13:30", DutchTime.ToLocal(slots[0].Start).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_bureau_open_day_and_night_has_no_slots_in_the_hour_skipped_when_summer_time_starts()
    {
        var slots = SlotPlanner.Slots(new WorkPeriod(TimeSpan.Zero, WorkPeriod.EndOfDay), new DateOnly(2026, 3, 29), HalfHour, LongAgo, DutchTime.Zone);

        Assert.Equal(46, slots.Count);
        Assert.Equal(slots.Count, slots.Select(s => s.Start).Distinct().Count());
    }

    [Fact]
    public void A_public_holiday_or_a_closed_day_has_no_bureau_slots()
    {
        var hours = new OpeningHours { Mon = "09:00-17:00", Tue = "09:00-17:00", Sun = null };

        Assert.Empty(SlotPlanner.BureauSlots(hours, new DateOnly(2026, 12, 6), holiday: false, HalfHour, LongAgo, DutchTime.Zone)); // Sunday, closed
        Assert.Empty(SlotPlanner.BureauSlots(hours, new DateOnly(2026, 4, 6), holiday: true, HalfHour, LongAgo, DutchTime.Zone)); // Easter Monday
        Assert.NotEmpty(SlotPlanner.BureauSlots(hours, new DateOnly(2026, 12, 7), holiday: false, HalfHour, LongAgo, DutchTime.Zone));
    }
}
