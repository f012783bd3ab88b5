using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Contacts.Pages;

/// <summary>Colleagues who talk to citizens (phone, counter, chat, wijk) and their supervisors; not analysts.</summary>
public static class ContactRoles
{
    public const string Roles =
        $"{StaffRoles.ServiceAgent},{StaffRoles.Intake},{StaffRoles.Wijkagent},{StaffRoles.Supervisor},{StaffRoles.Administrator}";
}
