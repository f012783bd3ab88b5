using System.Globalization;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// Queues the confirmation, cancellation and reminder e-mails in the caller's unit of work, each with the .ics file.
/// The manage link carries the secret token; it exists only in the e-mail (and in the confirmation right after booking).
/// </summary>
public sealed class AppointmentNotifier(INotificationOutbox outbox, TimeProvider time)
{
    public Task ConfirmAsync(Appointment appointment, BookingPlace place, string token, CancellationToken ct) =>
        EnqueueAsync(appointment, $"confirm:{appointment.Sequence}", NotificationTemplateIds.AfspraakBevestigd, ManageLink(token),
            new NotificationAttachment(AppointmentCalendar.FileName, AppointmentCalendar.ContentTypeRequest, AppointmentCalendar.Request(Entry(appointment, place))), ct);

    public Task CancelledAsync(Appointment appointment, BookingPlace place, CancellationToken ct) =>
        EnqueueAsync(appointment, "cancel", NotificationTemplateIds.AfspraakGeannuleerd, NewBookingLink(appointment),
            new NotificationAttachment(AppointmentCalendar.FileName, AppointmentCalendar.ContentTypeCancel, AppointmentCalendar.Cancel(Entry(appointment, place))), ct);

    /// <summary>The reminder has no new token: it links to the page where the citizen uses the link from the first e-mail.</summary>
    public Task RemindAsync(Appointment appointment, string manageToken, CancellationToken ct) =>
        EnqueueAsync(appointment, $"remind:{appointment.Sequence}", NotificationTemplateIds.AfspraakHerinnering, ManageLink(manageToken), null, ct);

    public static string ManageLink(string token) => $"/afspraak/beheren/{token}";

    private static string NewBookingLink(Appointment appointment) =>
        appointment.Kind == AppointmentKind.CallBack ? "/terugbellen" : "/afspraak";

    private async Task EnqueueAsync(Appointment appointment, string what, string template, string link, NotificationAttachment? attachment, CancellationToken ct)
    {
        if (appointment.Email is null)
        {
            return;
        }
        var local = DutchTime.ToLocal(appointment.Start);
        var model = new Dictionary<string, string>
        {
            ["reference"] = appointment.Reference,
            ["date"] = local.ToString("d-M-yyyy", CultureInfo.InvariantCulture),
            ["time"] = local.ToString("HH.mm", CultureInfo.InvariantCulture),
            [NotificationTemplateIds.Link] = link,
        };
        await outbox.EnqueueAsync(new NotificationRequest(
            $"appointment:{appointment.Id:N}:{what}", NotificationChannel.Email, appointment.Email, appointment.Language, template, model,
            appointment.EenheidId, attachment), ct);
    }

    private AppointmentCalendar.Entry Entry(Appointment appointment, BookingPlace place) => new(
        appointment.Id, appointment.Reference, appointment.Start, appointment.End,
        Summary(appointment), place.Location, appointment.Sequence, time.GetUtcNow());

    private static string Summary(Appointment appointment) => (appointment.Kind, appointment.Language) switch
    {
        (AppointmentKind.Aangifte, "en") => $"Appointment with the police: report a crime ({appointment.Reference})",
        (AppointmentKind.Aangifte, _) => $"Afspraak politie: aangifte doen ({appointment.Reference})",
        (AppointmentKind.CallBack, "en") => $"The police will call you back ({appointment.Reference})",
        (AppointmentKind.CallBack, _) => $"De politie belt u terug ({appointment.Reference})",
        (_, "en") => $"Appointment with the police ({appointment.Reference})",
        _ => $"Afspraak politie ({appointment.Reference})",
    };
}
