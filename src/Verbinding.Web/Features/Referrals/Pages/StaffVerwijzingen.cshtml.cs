using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Contacts.Pages;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>Warm handovers of the colleague's unit (all units for national staff), with the status steps a partner reported by phone.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = ContactRoles.Roles)]
public sealed class StaffVerwijzingenModel(ReferralQueries queries, ReferralTracking tracking, AuditTrail audit) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<ReferralView> Referrals { get; private set; } = [];

    [BindProperty]
    public ReferralStatus? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Another unit's referral is not found; a step the referral has already passed changes nothing.</summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid? id, CancellationToken ct)
    {
        if (id is not { } referralId || Status is not { } status)
        {
            return NotFound();
        }
        return await tracking.StaffSetsAsync(StaffScope.From(User), referralId, status, ct) == StaffChange.NotFound
            ? NotFound()
            : Redirect("/medewerker/verwijzingen");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Referrals = (await queries.ForStaffAsync(StaffScope.From(User), PageSize, ct)).Select(ReferralView.From).ToList();
        await audit.RecordAsync(new AuditEvent("referral.list", nameof(Referral), null, "Staff list of warm handovers"), ct);
    }
}
