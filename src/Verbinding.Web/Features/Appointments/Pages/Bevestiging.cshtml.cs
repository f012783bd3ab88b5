using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Verbinding.Web.Features.Appointments.Pages;

/// <summary>After booking: reference, time and place, and the manage link. Kept in TempData so a refresh still shows them.</summary>
public sealed class BevestigingModel : PageModel
{
    private const string ReferenceKey = "Afspraak.Reference", StartKey = "Afspraak.Start", WhereKey = "Afspraak.Where",
        LinkKey = "Afspraak.Link", EmailKey = "Afspraak.Email", CallBackKey = "Afspraak.CallBack";

    public string? Reference { get; private set; }
    public DateTimeOffset? Start { get; private set; }
    public string? Where { get; private set; }
    public string? ManageLink { get; private set; }
    public bool EmailSent { get; private set; }
    public bool CallBack { get; private set; }

    public static void Remember(ITempDataDictionary tempData, Appointment appointment, string? location, string token)
    {
        tempData[ReferenceKey] = appointment.Reference;
        tempData[StartKey] = appointment.Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        tempData[WhereKey] = location;
        tempData[LinkKey] = AppointmentNotifier.ManageLink(token);
        tempData[EmailKey] = appointment.Email is not null;
        tempData[CallBackKey] = appointment.Kind == AppointmentKind.CallBack;
    }

    public void OnGet()
    {
        Reference = TempData.Peek(ReferenceKey) as string;
        Start = long.TryParse(TempData.Peek(StartKey) as string, out var seconds) ? BookingSteps.ParseSlot(seconds) : null;
        Where = TempData.Peek(WhereKey) as string;
        ManageLink = TempData.Peek(LinkKey) as string;
        EmailSent = TempData.Peek(EmailKey) is true;
        CallBack = TempData.Peek(CallBackKey) is true;
    }
}
