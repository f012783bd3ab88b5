using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Infrastructure.Localization;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Meldingen.Pages;

/// <summary>
/// The melding form without JavaScript: four steps in one page, every answer carried along in hidden fields so going
/// back loses nothing; the form token makes a double submit store one melding.
/// </summary>
public sealed class IndexModel(
    MeldingService meldingen, MeldingValidator validator, MeldingCatalog catalog, TimeProvider time, CitizenKeys keys, CitizenDirectory citizens)
    : PageModel
{
    public const string ReferenceKey = "Melding.Reference";
    public const string CodeKey = "Melding.Code";
    public const string BasisteamKey = "Melding.Basisteam";

    [BindProperty] public int Step { get; set; } = MeldingFormSteps.What;
    [BindProperty] public string? FormToken { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty] public string? HappeningNow { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public Dictionary<string, string> Answers { get; set; } = [];
    [BindProperty] public DateTime? OccurredAt { get; set; }
    [BindProperty] public string? Municipality { get; set; }
    [BindProperty] public string? Street { get; set; }
    [BindProperty] public string? HouseNumber { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? PlaceDescription { get; set; }
    [BindProperty] public string? Anonymous { get; set; }
    [BindProperty] public string? ContactName { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }
    [BindProperty] public string? ContactPhone { get; set; }
    [BindProperty] public string? Go { get; set; }

    public bool Spoed { get; private set; }

    public bool SignedInWithDigid { get; private set; }

    public MeldingCatalog Catalog => catalog;

    public MeldingCategory? SelectedCategory => catalog.Find(Category);

    public async Task OnGetAsync()
    {
        FormToken = Guid.NewGuid().ToString("N");
        Category = SelectedCategory?.Id;
        await PrefillFromDigidAsync();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await HandlePostAsync(ct);
        // A tampered or replayed form can point past the first step without a known category: start there again.
        if (result is PageResult && Step > MeldingFormSteps.What && SelectedCategory is null)
        {
            Step = MeldingFormSteps.What;
            ModelState.AddModelError(nameof(Category), T("ErrorCategoryRequired"));
        }
        return result;
    }

    private async Task<IActionResult> HandlePostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        SignedInWithDigid = (await HttpContext.AuthenticateAsync(CitizenAuthentication.CookieScheme)).Succeeded;
        FormToken ??= Guid.NewGuid().ToString("N");
        Step = Math.Clamp(Step, MeldingFormSteps.What, MeldingFormSteps.Review);
        switch (Go)
        {
            case "back":
                Step = Math.Max(MeldingFormSteps.What, Step - 1);
                return Page();
            case { } jump when jump.StartsWith("step-", StringComparison.Ordinal) && int.TryParse(jump[5..], out var target) && target < Step:
                Step = target;
                return Page();
        }
        if (Step == MeldingFormSteps.Review)
        {
            return await SendAsync(ct);
        }
        if (HappeningNow == "ja" && SelectedCategory is { DangerousWhenNow: true })
        {
            Spoed = true;
            return Page();
        }
        if (!StepIsValid(Step))
        {
            return Page();
        }
        Step++;
        return Page();
    }

    private async Task<IActionResult> SendAsync(CancellationToken ct)
    {
        var result = await meldingen.SubmitAsync(Submission() with { CitizenId = await ReporterAsync(ct) }, ct);
        switch (result)
        {
            case MeldingSubmitResult.Registered registered:
                TempData[ReferenceKey] = registered.Reference;
                TempData[CodeKey] = registered.TrackingCode;
                TempData[BasisteamKey] = registered.Basisteam;
                return RedirectToPage("Confirmation");
            case MeldingSubmitResult.Spoed112:
                Spoed = true;
                return Page();
            case MeldingSubmitResult.Invalid invalid:
                Step = invalid.Errors.Min(e => MeldingFormSteps.StepOf(e.Field));
                AddErrors(invalid.Errors.Where(e => MeldingFormSteps.StepOf(e.Field) == Step));
                return Page();
            default:
                throw new InvalidOperationException(result.GetType().Name);
        }
    }

    /// <summary>Checks the fields of this step and all before it; later steps are not the citizen's concern yet.</summary>
    private bool StepIsValid(int step)
    {
        if (step == MeldingFormSteps.What && HappeningNow is not ("ja" or "nee"))
        {
            ModelState.AddModelError(nameof(HappeningNow), T("ErrorHappeningNowRequired"));
        }
        var (_, errors) = validator.Validate(Submission(), time.GetUtcNow());
        var current = errors.Where(e => MeldingFormSteps.StepOf(e.Field) <= step).ToList();
        if (step == MeldingFormSteps.Contact && Anonymous is not ("ja" or "nee"))
        {
            ModelState.AddModelError(nameof(Anonymous), T("ErrorAnonymousRequired"));
        }
        else if (step == MeldingFormSteps.Contact && Anonymous == "nee" && string.IsNullOrWhiteSpace(ContactEmail) && string.IsNullOrWhiteSpace(ContactPhone))
        {
            ModelState.AddModelError(nameof(ContactEmail), T("ErrorContactOrAnonymous"));
        }
        if (current.Count > 0)
        {
            Step = current.Min(e => MeldingFormSteps.StepOf(e.Field));
        }
        AddErrors(current.Where(e => MeldingFormSteps.StepOf(e.Field) == Step));
        return ModelState.IsValid;
    }

    private MeldingSubmission Submission() => new(
        Category,
        Description,
        new MeldingLocation(Municipality, Street, HouseNumber, Postcode, PlaceDescription),
        OccurredAt is { } local ? new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local)) : null,
        HappeningNow == "ja",
        Anonymous == "ja" ? null : new MeldingContact(ContactName, ContactEmail, ContactPhone),
        SiteCultures.IsEnglish ? "en" : "nl",
        MeldingChannels.Form,
        Answers,
        FormToken);

    private void AddErrors(IEnumerable<MeldingError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(MeldingFormSteps.PropertyOf(error.Field), error.Message.ToString());
        }
    }

    /// <summary>A DigiD reporter who gave contact details is linked to their timeline record; an anonymous one never is.</summary>
    private async Task<Guid?> ReporterAsync(CancellationToken ct)
    {
        if (Anonymous != "nee")
        {
            return null;
        }
        var citizen = await HttpContext.AuthenticateAsync(CitizenAuthentication.CookieScheme);
        return Bsn.TryParse(citizen.Principal?.FindFirst(CitizenAuthentication.BsnClaim)?.Value, out var bsn)
            ? await citizens.ResolveAsync([keys.Bsn(bsn)], "digid", ct)
            : null;
    }

    private string T(string key) => MeldingTexts.Get(key).ToString();

    private async Task PrefillFromDigidAsync()
    {
        // CurrentCitizen is only filled on pages that require the Citizen scheme; this page is open to everyone.
        var citizen = await HttpContext.AuthenticateAsync(CitizenAuthentication.CookieScheme);
        SignedInWithDigid = citizen.Succeeded;
        if (citizen.Succeeded)
        {
            ContactName ??= citizen.Principal?.FindFirst(CitizenAuthentication.NameClaim)?.Value;
        }
    }

    /// <summary>Every answer that is not on the current step, so it travels along with the form.</summary>
    public IEnumerable<(string Name, string? Value)> CarriedFields()
    {
        if (Step != MeldingFormSteps.What)
        {
            yield return (nameof(Category), Category);
            yield return (nameof(HappeningNow), HappeningNow);
        }
        if (Step != MeldingFormSteps.Details)
        {
            yield return (nameof(Description), Description);
            yield return (nameof(OccurredAt), OccurredAt?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
            yield return (nameof(Municipality), Municipality);
            yield return (nameof(Street), Street);
            yield return (nameof(HouseNumber), HouseNumber);
            yield return (nameof(Postcode), Postcode);
            yield return (nameof(PlaceDescription), PlaceDescription);
            foreach (var (id, answer) in Answers)
            {
                yield return ($"Answers[{id}]", answer);
            }
        }
        if (Step != MeldingFormSteps.Contact)
        {
            yield return (nameof(Anonymous), Anonymous);
            yield return (nameof(ContactName), ContactName);
            yield return (nameof(ContactEmail), ContactEmail);
            yield return (nameof(ContactPhone), ContactPhone);
        }
    }

    public string? ErrorFor(string property) =>
        ModelState.TryGetValue(property, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
