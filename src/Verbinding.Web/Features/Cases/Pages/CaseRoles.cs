using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Cases.Pages;

/// <summary>Colleagues who handle citizens' matters and their supervisors (not analysts or administrators: no casework).</summary>
public static class CaseRoles
{
    public const string Roles = $"{StaffRoles.ServiceAgent},{StaffRoles.Intake},{StaffRoles.Wijkagent},{StaffRoles.Supervisor}";
}
