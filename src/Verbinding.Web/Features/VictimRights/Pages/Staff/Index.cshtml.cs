using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.VictimRights.Pages.Staff;

/// <summary>The supervisor's compliance report per unit and the overdue obligations, both limited to their own unit unless national.</summary>
[Authorize(Policy = StaffPolicies.Supervisor)]
public sealed class IndexModel(VictimRightsReports reports, AuditTrail audit) : PageModel
{
    public IReadOnlyList<UnitCompliance> Compliance { get; private set; } = [];

    public IReadOnlyList<OverdueObligation> Overdue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        Compliance = await reports.ComplianceAsync(scope, ct);
        Overdue = await reports.OverdueAsync(scope, ct);
        await audit.RecordAsync(new AuditEvent("victim-rights.report", "VictimRegister", null, "supervision"), ct);
    }
}
