namespace Verbinding.Web.Features.Staff;

public static class StaffRoles
{
    public const string ServiceAgent = "ServiceAgent";
    public const string Intake = "Intake";
    public const string Wijkagent = "Wijkagent";
    public const string Supervisor = "Supervisor";
    public const string Analyst = "Analyst";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [ServiceAgent, Intake, Wijkagent, Supervisor, Analyst, Administrator];
}

public static class StaffClaims
{
    public const string Eenheid = "verbinding:eenheid";
    public const string National = "verbinding:national";
    public const string ActorId = "verbinding:actor";
}

public static class StaffPolicies
{
    /// <summary>Any signed-in staff member who passed two-factor authentication (where required).</summary>
    public const string Staff = "Staff";
    public const string Supervisor = "Staff.Supervisor";
    public const string Administrator = "Staff.Administrator";
}
