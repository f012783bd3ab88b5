using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Verbinding.Web.Features.Appointments.Pages;

/// <summary>
/// The page behind the secret link in the e-mail: see the appointment, move it to another time of the same place,
/// or cancel it (which frees the seat). An unknown or cancelled link shows "not valid", never someone's appointment.
/// </summary>
public sealed class BeherenModel(AppointmentPlanner planner, AppointmentBooking booking, IStringLocalizer<AppointmentsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dag { get; set; }
    [BindProperty] public long? Start { get; set; }

    public Appointment? Appointment { get; private set; }
    public BookingPlace? Place { get; private set; }
    public IReadOnlyList<(DateOnly Day, int Free)> Days { get; private set; } = [];
    public IReadOnlyList<SlotView> Slots { get; private set; } = [];
    public string? Outcome { get; private set; }

    public DateOnly? Day => BookingSteps.ParseDay(Dag);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        await booking.CancelAsync(Appointment!, Place!, ct);
        Outcome = "cancelled";
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        var result = BookingSteps.ParseSlot(Start) is { } start
            ? await booking.MoveAsync(Appointment!, Place!, start, ct)
            : new BookingResult.SlotUnavailable();
        if (result is BookingResult.Booked booked)
        {
            Appointment = booked.Appointment;
            Outcome = "moved";
            Dag = null;
            return Page();
        }
        ModelState.AddModelError(nameof(Start), text[result is BookingResult.SlotTaken ? "ErrorTaken" : "ErrorTime"]);
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Appointment = await booking.FindAsync(Token, ct);
        if (Appointment is null)
        {
            return false;
        }
        Place = Appointment.Kind == AppointmentKind.CallBack
            ? planner.CallBack(Appointment.EenheidId)
            : await planner.BureauAsync(Appointment.BureauId, Appointment.Kind, ct);
        if (Place is null)
        {
            return false;
        }
        if (Day is { } day && planner.IsBookableDay(day))
        {
            Slots = await planner.SlotsAsync(Place, day, ct);
        }
        else
        {
            var days = new List<(DateOnly, int)>();
            foreach (var d in planner.Days())
            {
                days.Add((d, (await planner.SlotsAsync(Place, d, ct)).Sum(s => s.Free)));
            }
            Days = days;
        }
        return true;
    }
}
