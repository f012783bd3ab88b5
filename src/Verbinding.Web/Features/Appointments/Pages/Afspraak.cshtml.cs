using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Features.Appointments.Pages;

/// <summary>
/// Booking at a bureau without JavaScript: bureau and day are chosen with plain links (no personal data in URLs),
/// then time, details and confirmation are posted, every answer carried along in hidden fields. A lost race for the
/// last seat brings the citizen back to the times with their details kept.
/// </summary>
public sealed class AfspraakModel(
    VerbindingDbContext db, AppointmentPlanner planner, AppointmentBooking booking, MunicipalityResolver municipalities,
    HomeVisitUnits homeVisits, IStringLocalizer<AppointmentsText> text) : PageModel
{
    public const int StepBureau = 1, StepDay = 2, StepTime = 3, StepDetails = 4, StepConfirm = 5, StepCount = 5;

    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true)] public string? Bureau { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dag { get; set; }
    [BindProperty] public long? Start { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public int Step { get; set; }
    [BindProperty] public string? Go { get; set; }

    public AppointmentKind Kind => Soort == "anders" ? AppointmentKind.Other : AppointmentKind.Aangifte;

    public bool HomeVisit => Soort == "thuis";

    public MunicipalityMatch? HomeMunicipality { get; private set; }

    public bool HomeVisitOffered { get; private set; }

    public BookingPlace? Place { get; private set; }

    public IReadOnlyList<Bureau> Bureaus { get; private set; } = [];

    public IReadOnlyList<(DateOnly Day, int Free)> Days { get; private set; } = [];

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    public DateOnly? Day => BookingSteps.ParseDay(Dag);

    public DateTimeOffset? ChosenStart => BookingSteps.ParseSlot(Start);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (HomeVisit)
        {
            HomeMunicipality = municipalities.Resolve(Gemeente);
            HomeVisitOffered = homeVisits.Offers(HomeMunicipality?.Eenheid.Id);
            return;
        }
        await LoadAsync(ct);
        if (Step == StepTime)
        {
            var citizen = await HttpContext.AuthenticateAsync(CitizenAuthentication.CookieScheme);
            Name ??= citizen.Principal?.FindFirst(CitizenAuthentication.NameClaim)?.Value;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = Math.Clamp(Step, StepTime, StepConfirm);
        await LoadAsync(ct);
        if (Place is null || Day is null)
        {
            return RedirectToPage(new { Soort, Bureau });
        }
        ModelState.Clear();
        Step = posted;
        if (Go == "back")
        {
            return Step == StepTime ? RedirectToPage(new { Soort, Bureau }) : GoTo(Step - 1);
        }
        if (Step == StepTime)
        {
            if (ChosenStart is not { } start || Slots.All(s => s.Start != start || s.Free == 0))
            {
                return Error(StepTime, nameof(Start), "ErrorTime");
            }
            return GoTo(StepDetails);
        }
        if (Step == StepDetails)
        {
            foreach (var error in BookingValidator.Validate(Kind, Name, Email, Phone))
            {
                ModelState.AddModelError(error.Field, text[error.MessageKey]);
            }
            return GoTo(ModelState.IsValid ? StepConfirm : StepDetails);
        }
        var request = new BookingRequest(Place, ChosenStart ?? DateTimeOffset.MinValue, Name, Email, Phone, null, SiteCultures.IsEnglish ? "en" : "nl");
        return await booking.BookAsync(request, ct) switch
        {
            BookingResult.Booked booked => Confirmed(booked),
            BookingResult.Invalid invalid => Invalid(invalid),
            BookingResult.SlotTaken => await TakenAsync(ct),
            _ => Error(StepTime, nameof(Start), "ErrorTime"),
        };
    }

    private IActionResult Confirmed(BookingResult.Booked booked)
    {
        BevestigingModel.Remember(TempData, booked.Appointment, Place?.Location, booked.ManageToken);
        return RedirectToPage("Bevestiging");
    }

    /// <summary>Back to the times, freshly counted so the time just lost shows as taken; the details stay in hidden fields.</summary>
    private async Task<PageResult> TakenAsync(CancellationToken ct)
    {
        Slots = await planner.SlotsAsync(Place!, Day!.Value, ct);
        return Error(StepTime, nameof(Start), "ErrorTaken");
    }

    private PageResult Invalid(BookingResult.Invalid invalid)
    {
        foreach (var error in invalid.Errors)
        {
            ModelState.AddModelError(error.Field, text[error.MessageKey]);
        }
        return GoTo(StepDetails);
    }

    private PageResult Error(int step, string field, string key)
    {
        ModelState.AddModelError(field, text[key]);
        if (step == StepTime)
        {
            Start = null;
        }
        return GoTo(step);
    }

    private PageResult GoTo(int step)
    {
        Step = step;
        return Page();
    }

    /// <summary>Works out the step from what is known: bureau, then day; posted steps come after.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        Place = await planner.BureauAsync(Bureau, Kind, ct);
        if (Place is null)
        {
            Step = StepBureau;
            Bureaus = await db.Set<Bureau>().AsNoTracking().OrderBy(b => b.Address.City).ThenBy(b => b.Name).ToListAsync(ct);
            var match = municipalities.Resolve(Gemeente);
            Bureau = match is null ? null : Bureaus.FirstOrDefault(b => b.BasisteamId == match.Basisteam.Id)?.Id;
            return;
        }
        if (Day is not { } day || !planner.IsBookableDay(day))
        {
            Step = StepDay;
            Days = await planner.FreeSeatsPerDayAsync(Place, null, ct);
            return;
        }
        Slots = await planner.SlotsAsync(Place, day, ct);
        Step = Math.Max(Step, StepTime);
    }

    /// <summary>The answers that are not asked on the current step, carried in hidden fields.</summary>
    public IEnumerable<(string Name, string? Value)> CarriedFields()
    {
        yield return (nameof(Soort), Soort);
        yield return (nameof(Bureau), Bureau);
        yield return (nameof(Dag), Dag);
        if (Step != StepTime)
        {
            yield return (nameof(Start), Start?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (Step != StepDetails)
        {
            yield return (nameof(Name), Name);
            yield return (nameof(Email), Email);
            yield return (nameof(Phone), Phone);
        }
    }
}
