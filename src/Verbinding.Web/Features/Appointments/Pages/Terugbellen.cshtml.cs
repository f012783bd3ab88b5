using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Features.Appointments.Pages;

/// <summary>
/// Asking for a call-back (aangifte by phone, planning a home visit, or a question): day by link, then time,
/// details and confirmation posted. Slots run 08:00-22:00 every day; the phone number is required and normalised.
/// </summary>
public sealed class TerugbellenModel(
    AppointmentPlanner planner, AppointmentBooking booking, MunicipalityResolver municipalities, ConversationService conversations,
    IStringLocalizer<AppointmentsText> text) : PageModel
{
    public const int StepDay = 1, StepTime = 2, StepDetails = 3, StepConfirm = 4, StepCount = 4;

    public static readonly IReadOnlyList<string> Reasons = ["aangifte", "thuis", "vraag"];

    /// <summary>Wout's offer when nobody was online links here with the chat; the booking then ends that chat's wait.</summary>
    public const string ChatReason = "chat";

    [BindProperty(SupportsGet = true)] public string? Reden { get; set; }
    [BindProperty(SupportsGet = true)] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dag { get; set; }
    [BindProperty(SupportsGet = true)] public string? Gesprek { get; set; }
    [BindProperty] public long? Start { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public int Step { get; set; }
    [BindProperty] public string? Go { get; set; }

    public IReadOnlyList<(DateOnly Day, int Free)> Days { get; private set; } = [];

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    public DateOnly? Day => BookingSteps.ParseDay(Dag);

    public Guid? ConversationId => Guid.TryParseExact(Gesprek, "N", out var id) ? id : null;

    public IReadOnlyList<string> AvailableReasons => ConversationId is null ? Reasons : [ChatReason, .. Reasons];

    public DateTimeOffset? ChosenStart => BookingSteps.ParseSlot(Start);

    public MunicipalityMatch? Municipality => municipalities.Resolve(Gemeente);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reden = AvailableReasons.Contains(Reden) ? Reden : null;
        await LoadAsync(ct);
        var citizen = await HttpContext.AuthenticateAsync(CitizenAuthentication.CookieScheme);
        Name ??= citizen.Principal?.FindFirst(CitizenAuthentication.NameClaim)?.Value;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = Math.Clamp(Step, StepTime, StepConfirm);
        await LoadAsync(ct);
        if (Day is null)
        {
            return RedirectToPage(new { reden = Reden, gesprek = Gesprek });
        }
        ModelState.Clear();
        Step = posted;
        if (Go == "back")
        {
            return Step == StepTime ? RedirectToPage(new { reden = Reden, gesprek = Gesprek }) : GoTo(Step - 1);
        }
        if (Step == StepTime)
        {
            return ChosenStart is { } start && Slots.Any(s => s.Start == start && s.Free > 0) ? GoTo(StepDetails) : Error(StepTime, nameof(Start), "ErrorTime");
        }
        if (Step == StepDetails)
        {
            ValidateDetails();
            return GoTo(ModelState.IsValid ? StepConfirm : StepDetails);
        }
        ValidateDetails();
        if (!ModelState.IsValid)
        {
            return GoTo(StepDetails);
        }
        var place = planner.CallBack(Municipality!.Eenheid.Id);
        var request = new BookingRequest(place, ChosenStart ?? DateTimeOffset.MinValue, Name, Email, Phone, Reden, SiteCultures.IsEnglish ? "en" : "nl");
        switch (await booking.BookAsync(request, ct))
        {
            case BookingResult.Booked booked:
                if (ConversationId is { } chat)
                    await conversations.CallBackBookedAsync(chat, booked.Appointment.Reference, booked.Appointment.Start, ct);
                BevestigingModel.Remember(TempData, booked.Appointment, null, booked.ManageToken);
                return RedirectToPage("Bevestiging");
            case BookingResult.SlotTaken:
                Slots = await planner.SlotsAsync(place, Day.Value, ct); // the time just lost now shows as taken
                return Error(StepTime, nameof(Start), "ErrorTaken");
            case BookingResult.Invalid invalid:
                invalid.Errors.ToList().ForEach(e => ModelState.AddModelError(e.Field, text[e.MessageKey]));
                return GoTo(StepDetails);
            default:
                return Error(StepTime, nameof(Start), "ErrorTime");
        }
    }

    private void ValidateDetails()
    {
        if (!AvailableReasons.Contains(Reden))
        {
            ModelState.AddModelError(nameof(Reden), text["ErrorReason"]);
        }
        if (Municipality is null)
        {
            ModelState.AddModelError(nameof(Gemeente), text["ErrorMunicipality"]);
        }
        foreach (var error in BookingValidator.Validate(AppointmentKind.CallBack, Name, Email, Phone))
        {
            ModelState.AddModelError(error.Field, text[error.MessageKey]);
        }
    }

    private PageResult Error(int step, string field, string key)
    {
        ModelState.AddModelError(field, text[key]);
        Start = null;
        return GoTo(step);
    }

    private PageResult GoTo(int step)
    {
        Step = step;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var place = planner.CallBack(null);
        if (Day is not { } day || !planner.IsBookableDay(day))
        {
            Dag = null;
            Step = StepDay;
            Days = await planner.FreeSeatsPerDayAsync(place, 8, ct);
            return;
        }
        Slots = await planner.SlotsAsync(place, day, ct);
        Step = Math.Max(Step, StepTime);
    }

    public IEnumerable<(string Name, string? Value)> CarriedFields()
    {
        yield return (nameof(Dag), Dag);
        yield return (nameof(Gesprek), Gesprek);
        if (Step != StepTime)
        {
            yield return (nameof(Start), Start?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (Step != StepDetails)
        {
            yield return (nameof(Reden), Reden);
            yield return (nameof(Gemeente), Gemeente);
            yield return (nameof(Name), Name);
            yield return (nameof(Email), Email);
            yield return (nameof(Phone), Phone);
        }
    }
}
