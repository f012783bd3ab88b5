using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Appointments.Staff;

public static class AppointmentStaffRoles
{
    /// <summary>Bureau agenda: the desk (service agents), intake colleagues who take the aangifte, and supervisors.</summary>
    public const string Agenda = StaffRoles.ServiceAgent + "," + StaffRoles.Intake + "," + StaffRoles.Supervisor;

    /// <summary>Call-back list: the service centre's agents and their supervisors.</summary>
    public const string CallBacks = StaffRoles.ServiceAgent + "," + StaffRoles.Supervisor;
}
