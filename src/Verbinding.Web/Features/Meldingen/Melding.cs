namespace Verbinding.Web.Features.Meldingen;

/// <summary>
/// A nuisance or suspicious-situation report: not a crime report (aangifte) but information the basisteam must see,
/// bundle and act on. Contact details are optional (anonymous reports are allowed) and never leave the staff side.
/// </summary>
public sealed class Melding
{
    public long Id { get; set; }

    /// <summary>Public reference, e.g. M-2026-000123.</summary>
    public required string Reference { get; set; }

    /// <summary>SHA-256 of the tracking code; the code itself is only ever shown to the reporter.</summary>
    public required string TrackingCodeHash { get; set; }

    public required string CategoryId { get; set; }

    public required string Description { get; set; }

    /// <summary>Answers to the category's follow-up questions, as JSON (question id -> answer).</summary>
    public string? AnswersJson { get; set; }

    public required string MunicipalityCode { get; set; }

    public string? Street { get; set; }

    public string? HouseNumber { get; set; }

    public string? Postcode { get; set; }

    public string? PlaceDescription { get; set; }

    /// <summary>Area for statistics without personal data: the four digits of the postcode, when given.</summary>
    public string? PostcodeArea { get; set; }

    public required string EenheidId { get; set; }

    public required string BasisteamId { get; set; }

    public DateTimeOffset? OccurredAt { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>"nl" or "en": the language for feedback to the reporter.</summary>
    public required string Language { get; set; }

    /// <summary>"form", "api" or "wout".</summary>
    public required string Channel { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>The reporter in the cross-channel timeline (Contacts) when signed in with DigiD and not anonymous: for inzage (AVG/Wpg).</summary>
    public Guid? CitizenId { get; set; }

    /// <summary>The client's request id or form token: a repeated submit finds this melding instead of storing a second.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>The tracking code protected with a time-limited key, only to answer a repeated submit with the same code.</summary>
    public string? ReplayTrackingCode { get; set; }

    public MeldingStatus Status { get; set; }

    public string? OutcomeId { get; set; }

    public DateTimeOffset? OutcomeAt { get; set; }

    public long BundleId { get; set; }

    public MeldingBundle? Bundle { get; set; }

    public bool HasContact => ContactEmail is not null || ContactPhone is not null;
}

public enum MeldingStatus
{
    Received = 0,
    Handled = 1,
}
