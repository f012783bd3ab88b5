using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.ServiceClocks.Pages;

[Authorize(Policy = StaffPolicies.Supervisor)]
public sealed class IndexModel(ServiceClockDashboard dashboard, VictimRights.VictimRightsReports victimRights, AuditTrail audit) : PageModel
{
    public ClockDashboard Dashboard { get; private set; } = new([], [], []);

    /// <summary>Open victims' rights obligations past their due time in the supervisor's scope (details on /medewerker/slachtofferrechten).</summary>
    public int OverdueVictimRights { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Dashboard = await dashboard.LoadAsync(StaffScope.From(User), ct);
        OverdueVictimRights = await victimRights.OverdueCountAsync(StaffScope.From(User), ct);
        await audit.RecordAsync(new AuditEvent("read", "ServiceClocks", null, "supervision"), ct);
    }
}
