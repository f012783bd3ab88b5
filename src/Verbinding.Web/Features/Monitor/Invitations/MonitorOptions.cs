using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>Settings of the politiemonitor (section "Monitor").</summary>
public sealed class MonitorOptions
{
    public const string Section = "Monitor";

    [Range(1, 60)]
    public int InvitationValidDays { get; set; } = 14;

    [Range(1, 365)]
    public int DaysBetweenInvitations { get; set; } = 90;

    /// <summary>Topics never surveyed: asking about satisfaction can hurt or endanger people in these cases.</summary>
    public List<string> ExcludedTopics { get; set; } =
        ["centrum-seksueel-geweld", "helpwanted", "veilig-thuis", "aangifte-bedreiging-stalking", "aangifte-mishandeling", "vermissing", "spoed-112"];

    public List<string> ExcludedContactTypes { get; set; } = [];

    /// <summary>Which closed contacts are invited, after what delay and at what sampling rate.</summary>
    [Required]
    public InvitationTriggers Triggers { get; set; } = new();

    /// <summary>Run the scheduler that turns due invitation requests into invitations (on every node; rows are leased).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one node holds a request it is working on; after that another node may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SchedulerLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Key for the keyed hash of citizen identities in the 90-day throttle; set a secret outside development.</summary>
    public string CitizenKeySecret { get; set; } = "development-only-politiemonitor-key";
}
