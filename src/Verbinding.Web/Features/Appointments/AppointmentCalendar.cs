using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// The .ics file sent with the confirmation (METHOD:REQUEST) and the cancellation (METHOD:CANCEL). The UID stays
/// the same for the life of the appointment and SEQUENCE rises on every change, so calendar programs update or
/// remove the one entry. Times are written in UTC. No name, e-mail or phone of the citizen goes in.
/// </summary>
public static class AppointmentCalendar
{
    public const string ContentTypeRequest = "text/calendar; charset=utf-8; method=REQUEST";
    public const string ContentTypeCancel = "text/calendar; charset=utf-8; method=CANCEL";
    public const string FileName = "afspraak-politie.ics";
    public const string UidDomain = "afspraak.verbinding.politie.nl";
    public const string Organizer = "mailto:noreply@politie.nl";

    public sealed record Entry(Guid Id, string Reference, DateTimeOffset Start, DateTimeOffset End, string Summary, string? Location, int Sequence, DateTimeOffset Stamp);

    public static string Request(Entry entry) => Write(entry, cancel: false);

    public static string Cancel(Entry entry) => Write(entry, cancel: true);

    private static string Write(Entry entry, bool cancel)
    {
        var calendar = new Ical.Net.Calendar { Method = cancel ? "CANCEL" : "REQUEST" };
        calendar.ProductId = "-//Politie//Verbinding//NL";
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{entry.Id:N}@{UidDomain}",
            DtStamp = Utc(entry.Stamp),
            DtStart = Utc(entry.Start),
            DtEnd = Utc(entry.End),
            Summary = entry.Summary,
            Description = entry.Reference,
            Location = entry.Location,
            Sequence = entry.Sequence,
            Status = cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer(Organizer),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be written.");
    }

    private static CalDateTime Utc(DateTimeOffset at) => new(at.UtcDateTime, "UTC");
}
