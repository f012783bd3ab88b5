using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Contacts.Pages;

/// <summary>One citizen, one timeline: every channel, newest first, limited to what the colleague's unit may see.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = ContactRoles.Roles)]
public sealed class CitizenTimelineModel(
    ContactTimeline timeline, CitizenDirectory citizens, CitizenKeys keys, AuditTrail audit, IStringLocalizer<ContactsText> text) : PageModel
{
    public CitizenTimeline Timeline { get; private set; } = null!;

    [BindProperty]
    public string? Identifier { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await timeline.ForStaffAsync(id, StaffActor.From(User), ct) is not { } found)
            return NotFound();
        Timeline = found;
        return Page();
    }

    /// <summary>A colleague's explicit link: a phone number, e-mail address or BSN that belongs to this citizen.</summary>
    public async Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken ct)
    {
        var key = keys.Phone(Identifier) ?? keys.Email(Identifier) ?? keys.Bsn(Identifier);
        if (key is null)
        {
            TempData["Message"] = text["LinkNothing"].Value;
            return RedirectToPage(new { id });
        }
        var staff = StaffActor.From(User);
        if (!await citizens.LinkAsync(id, key, staff.UserId, ct))
            return NotFound();
        await audit.RecordAsync(new AuditEvent("link", nameof(KnownCitizen), id.ToString(), ContactTimeline.AuditPurpose), ct);
        TempData["Message"] = text["Linked"].Value;
        return RedirectToPage(new { id });
    }
}
