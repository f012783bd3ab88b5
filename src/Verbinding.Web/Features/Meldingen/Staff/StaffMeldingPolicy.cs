using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Meldingen.Staff;

/// <summary>Who works on meldingen: the basisteam's wijkagenten, their supervisors and the service centre.</summary>
public static class StaffMeldingRoles
{
    public const string Roles = StaffRoles.Wijkagent + "," + StaffRoles.Supervisor + "," + StaffRoles.ServiceAgent + "," + StaffRoles.Administrator;
}
