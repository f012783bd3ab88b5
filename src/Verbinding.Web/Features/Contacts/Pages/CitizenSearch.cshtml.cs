using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Contacts.Pages;

/// <summary>Find a citizen's timeline by phone number or e-mail address (hashed, never stored as typed).</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = ContactRoles.Roles)]
public sealed class CitizenSearchModel(ContactTimeline timeline) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Query { get; set; }

    public bool NoMatch { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Query))
            return Page();
        if (await timeline.FindAsync(Query, ct) is { } id)
            return Redirect($"/medewerker/burgers/{id}");
        NoMatch = true;
        return Page();
    }
}
