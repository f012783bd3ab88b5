using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// Who sends a request in the access matrix. Unit X is midden-nederland (owner of every seeded record), unit Y rotterdam.
/// Citizen A owns the seeded melding, conversation and survey; citizen B has records of their own and presents those
/// capabilities (tracking code, conversation token) when asking for A's.
/// </summary>
public enum Principal
{
    Anonymous,
    CitizenA,
    CitizenB,
    AgentX,
    AgentY,
    SupervisorY,
    IntakeX,
    SupervisorX,
    AnalystX,
    Administrator,
    TokenWithScope,
    TokenWithoutScope,
}

public static class Principals
{
    public const string UnitX = "midden-nederland";
    public const string UnitY = "rotterdam";

    public static readonly IReadOnlyList<Principal> All = Enum.GetValues<Principal>();

    /// <summary>The staff role and unit behind a principal (tokens belong to supervisor X); null for citizens and anonymous.</summary>
    public static (string Role, string Unit, bool National)? Staff(this Principal principal) => principal switch
    {
        Principal.AgentX => (StaffRoles.ServiceAgent, UnitX, false),
        Principal.AgentY => (StaffRoles.ServiceAgent, UnitY, false),
        Principal.SupervisorY => (StaffRoles.Supervisor, UnitY, false),
        Principal.IntakeX => (StaffRoles.Intake, UnitX, false),
        Principal.SupervisorX or Principal.TokenWithScope or Principal.TokenWithoutScope => (StaffRoles.Supervisor, UnitX, false),
        Principal.AnalystX => (StaffRoles.Analyst, UnitX, false),
        Principal.Administrator => (StaffRoles.Administrator, "landelijke-eenheid", true),
        _ => null,
    };

    public static bool IsToken(this Principal principal) => principal is Principal.TokenWithScope or Principal.TokenWithoutScope;

    /// <summary>A staff session (cookie, two-factor passed); tokens are API credentials and open no page.</summary>
    public static bool IsStaffSession(this Principal principal) => principal.Staff() is not null && !principal.IsToken();

    public static bool IsCitizen(this Principal principal) => principal is Principal.CitizenA or Principal.CitizenB;

    /// <summary>May this principal see unit X's records (markers)? Citizen A sees only their own.</summary>
    public static bool MaySeeUnitX(this Principal principal) =>
        principal.Staff() is { } s && (s.National || s.Unit == UnitX) && principal != Principal.TokenWithoutScope;
}
