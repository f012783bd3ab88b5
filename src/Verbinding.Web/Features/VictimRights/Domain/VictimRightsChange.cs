namespace Verbinding.Web.Features.VictimRights;

public static class ChangeChannels
{
    public const string Web = "web";
    public const string Intake = "intake";
    public const string Staff = "medewerker";
    public const string System = "systeem";
}

/// <summary>
/// The history of a register: every choice and every obligation change with its time, channel and who (the
/// citizen, or the staff role: never a staff name or a BSN).
/// </summary>
public sealed class VictimRightsChange
{
    public Guid Id { get; set; }

    public Guid RegisterId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Channel { get; set; }

    /// <summary>"burger" for the citizen, otherwise a staff role or "systeem".</summary>
    public required string Actor { get; set; }

    /// <summary>What changed as a code: "choice:keepInformed=false", "obligation:interpreter=Met", "register:created".</summary>
    public required string Change { get; set; }

    public const string Citizen = "burger";
}
