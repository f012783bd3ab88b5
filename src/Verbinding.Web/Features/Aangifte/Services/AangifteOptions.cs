using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Aangifte;

public sealed class AangifteOptions
{
    public const string Section = "Aangifte";

    /// <summary>How long an unsent draft can be resumed.</summary>
    [Range(1, 365)]
    public int DraftRetentionDays { get; set; } = 30;

    /// <summary>Service level (reference/calendar.json) for intake to decide; paused while waiting for the citizen.</summary>
    [Required]
    public string IntakeServiceLevel { get; set; } = "aangifte-intake";

    /// <summary>Days the citizen has to answer intake's question; after that the aangifte is closed with notice.</summary>
    [Range(1, 365)]
    public int InformationRequestDays { get; set; } = 28;

    /// <summary>How often the unanswered questions are checked (one node at a time).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan InformationRequestCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
