namespace Verbinding.Web.Features.Aangifte;

public enum AangifteStatus
{
    /// <summary>Received: the citizen has a receipt number; intake has not decided yet.</summary>
    Ontvangen,
    InformatieGevraagd,
    Geregistreerd,
    /// <summary>Closed by intake with a coded reason (<see cref="SubmittedAangifte.RejectionCode"/>).</summary>
    Afgewezen,
    /// <summary>An intake officer has opened it (or the citizen answered a question): it is being read.</summary>
    InBehandeling,
    InOnderzoek,
    /// <summary>Passed to the public prosecutor (Openbaar Ministerie).</summary>
    BijOm,
    /// <summary>Closed after registration, with a reason (<see cref="SubmittedAangifte.ClosingReason"/>).</summary>
    Afgesloten,
}

/// <summary>
/// A sent aangifte. The receipt number exists from the first second; the registration number and verification code
/// only once intake approves (that pair is what an insurer may check). One draft gives at most one aangifte.
/// </summary>
public sealed class SubmittedAangifte
{
    public Guid Id { get; set; }

    public Guid DraftId { get; set; }

    public required string ReceiptNumber { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? VerificationCode { get; set; }

    public required string CitizenBsn { get; set; }

    public required string CitizenName { get; set; }

    public required string TypeId { get; set; }

    public required string TypesVersion { get; set; }

    public AangifteStatus Status { get; set; }

    public DateOnly OccurredOn { get; set; }

    public DateOnly? OccurredUntil { get; set; }

    public required string Municipality { get; set; }

    public required string MunicipalityCode { get; set; }

    public required string EenheidId { get; set; }

    public required string BasisteamId { get; set; }

    public string? Postcode { get; set; }

    public string? HouseNumber { get; set; }

    public required string Description { get; set; }

    public string? Witnesses { get; set; }

    public required ContactDetails Contact { get; set; }

    public required RightsChoices Rights { get; set; }

    public required EligibilityRecord Eligibility { get; set; }

    /// <summary>Every answer as validated, for the type-specific details intake reads.</summary>
    public Dictionary<string, string> Answers { get; set; } = [];

    public List<AangifteItem> Items { get; set; } = [];

    public List<FraudIdentifier> FraudIdentifiers { get; set; } = [];

    public List<FraudPayment> Payments { get; set; } = [];

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? RejectionCode { get; set; }

    public string? InformationRequest { get; set; }

    public string? InformationResponse { get; set; }

    public Guid? ClockId { get; set; }

    /// <summary>"nl" or "en": the language the citizen used, for notifications about this aangifte.</summary>
    public string Language { get; set; } = "nl";

    public string? ClosingReason { get; set; }

    /// <summary>The citizen wrote a message nobody has answered yet: it puts the aangifte in the intake queue.</summary>
    public bool MessageWaiting { get; set; }

    public decimal TotalValue => Items.Sum(i => i.Value ?? 0) + Payments.Sum(p => p.Amount);
}

public sealed record ContactDetails(string Preference, string? Email, string? Phone);

/// <summary>The victim's own choices (Sv art. 51a-51h); asked in the flow and always recorded, also a "no".</summary>
public sealed record RightsChoices(bool KeepInformed, bool WantsCompensation, bool ShareWithSlachtofferhulp);
