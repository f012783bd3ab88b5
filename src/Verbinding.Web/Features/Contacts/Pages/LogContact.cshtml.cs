using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Assistant.Topics;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Contacts.Pages;

/// <summary>A call or a bureau visit in under a minute of typing: channel, topic, summary, outcome, optionally who.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = ContactRoles.Roles)]
public sealed class LogContactModel(ContactLog log, CitizenKeys keys, IStringLocalizer<ContactsText> text) : PageModel
{
    [BindProperty] public string Channel { get; set; } = ContactChannels.Phone;
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string Outcome { get; set; } = Outcomes.Answered;
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Bsn { get; set; }
    [BindProperty] public string? Language { get; set; }

    public static IReadOnlyList<string> Topics => TopicIds.All;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Validate();
        if (!ModelState.IsValid)
            return Page();
        var (_, citizenId) = await log.LogAsync(new ContactLogInput(Channel, Topic!, Summary!, Outcome, Phone, Email, Bsn, Language == "en" ? "en" : "nl"), StaffActor.From(User), ct);
        TempData["Saved"] = true;
        return citizenId is { } id ? Redirect($"/medewerker/burgers/{id}") : RedirectToPage();
    }

    private void Validate()
    {
        if (!ContactChannels.Logged.Contains(Channel))
            ModelState.AddModelError(nameof(Channel), text["ErrChannel"]);
        if (Topic is null || !TopicIds.All.Contains(Topic))
            ModelState.AddModelError(nameof(Topic), text["ErrTopic"]);
        if (string.IsNullOrWhiteSpace(Summary) || Summary.Length > LoggedContactLimits.Summary)
            ModelState.AddModelError(nameof(Summary), text["ErrSummary"]);
        if (!Outcomes.All.Contains(Outcome))
            ModelState.AddModelError(nameof(Outcome), text["ErrOutcome"]);
        if (!string.IsNullOrWhiteSpace(Phone) && keys.Phone(Phone) is null)
            ModelState.AddModelError(nameof(Phone), text["ErrPhone"]);
        if (!string.IsNullOrWhiteSpace(Email) && keys.Email(Email) is null)
            ModelState.AddModelError(nameof(Email), text["ErrEmail"]);
        if (!string.IsNullOrWhiteSpace(Bsn) && keys.Bsn(Bsn) is null)
            ModelState.AddModelError(nameof(Bsn), text["ErrBsn"]);
    }
}
