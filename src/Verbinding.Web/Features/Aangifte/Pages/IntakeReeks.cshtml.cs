using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>
/// The series view: every report that shares a counterparty identifier with this one, in all units. Opening it needs
/// access to this aangifte (own unit); other units' reports appear without personal data and without a link.
/// </summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = StaffRoles.Intake + "," + StaffRoles.Supervisor)]
public sealed class IntakeReeksModel(IntakeService intake, FraudLinks links, IStringLocalizer<AangifteText> text)
    : AangiftePage(text)
{
    public SubmittedAangifte Aangifte { get; private set; } = null!;

    public IReadOnlyList<SeriesGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        if (await intake.FindAsync(scope, id, ct) is not { } aangifte)
        {
            return NotFound();
        }
        Aangifte = aangifte;
        Groups = await links.SeriesAsync(scope, aangifte, ct);
        return Page();
    }
}
