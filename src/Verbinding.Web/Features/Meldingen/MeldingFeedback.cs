namespace Verbinding.Web.Features.Meldingen;

/// <summary>One action of the team on a bundle: the outcome every melding in it received, with an internal note.</summary>
public sealed class MeldingFeedback
{
    public long Id { get; set; }

    public long BundleId { get; set; }

    public required string OutcomeId { get; set; }

    /// <summary>For colleagues only; the reporters read the outcome text.</summary>
    public string? Note { get; set; }

    public required string ActorId { get; set; }

    public DateTimeOffset At { get; set; }

    public int MeldingCount { get; set; }

    public int NotificationCount { get; set; }
}
