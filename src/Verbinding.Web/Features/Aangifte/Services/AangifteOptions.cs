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
}
