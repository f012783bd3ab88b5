using Verbinding.Web.Features.Appointments;

namespace Verbinding.Web.Tests.Appointments;

/// <summary>Pure: the .ics file reads back in a calendar library, with escaping and folding done right.</summary>
public sealed class CalendarFileTests
{
    private static readonly AppointmentCalendar.Entry Entry = new(
        Guid.Parse("0193a8c4-0000-7000-8000-000000000001"), "AF-ABCDEFGH",
        new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero),
        "Afspraak politie: aangifte doen (AF-ABCDEFGH)",
        "Politiebureau 's-Hertogenbosch, Voorbeeldstraat 28; ingang naast de fietsenstalling, 5211 XX 's-Hertogenbosch, een lange regel die gevouwen moet worden",
        2, new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_invitation_has_method_request_a_stable_uid_utc_times_and_the_bureau_as_location()
    {
        var text = AppointmentCalendar.Request(Entry);

        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line)); // RFC 5545 3.1
        Assert.Contains("METHOD:REQUEST", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261201T093000Z", text, StringComparison.Ordinal);
        Assert.Contains("\\;", text, StringComparison.Ordinal); // the semicolon in the address is escaped
        var calendar = Ical.Net.Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal(Entry.Location, e.Location);
        Assert.Equal("0193a8c4000070008000000000000001@" + AppointmentCalendar.UidDomain, e.Uid);
        Assert.Equal(2, e.Sequence);
    }

    [Fact]
    public void The_cancellation_has_the_same_uid_and_status_cancelled()
    {
        var request = Ical.Net.Calendar.Load(AppointmentCalendar.Request(Entry))!.Events.Single();
        var cancel = Ical.Net.Calendar.Load(AppointmentCalendar.Cancel(Entry))!;

        Assert.Equal("CANCEL", cancel.Method);
        Assert.Equal(request.Uid, cancel.Events.Single().Uid);
        Assert.Equal("CANCELLED", cancel.Events.Single().Status);
    }
}
