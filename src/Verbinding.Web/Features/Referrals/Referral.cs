namespace Verbinding.Web.Features.Referrals;

/// <summary>Where the citizen was when the warm handover started.</summary>
public enum ReferralSource
{
    Conversation,
    Aangifte,
    Melding,
    DecisionAid,
}

/// <summary>Sent -> accepted -> contacted citizen; the partner may decline at either step; the citizen may withdraw at any step.</summary>
public enum ReferralStatus
{
    Sent,
    Accepted,
    ContactedCitizen,
    Declined,
    Withdrawn,
}

/// <summary>
/// A warm handover: with the citizen's consent, a partner receives exactly the items ticked and contacts the citizen.
/// The values themselves are kept (encrypted) only until the partner e-mail has left; after that only which items
/// were shared is known here.
/// </summary>
public sealed class Referral
{
    public const int MaxReferenceLength = 12;

    public Guid Id { get; set; }

    /// <summary>Readable reference for the citizen, staff and partner, e.g. "VW-7K3M9QXA".</summary>
    public required string Reference { get; set; }

    public required string PartnerId { get; set; }

    public ReferralSource Source { get; set; }

    /// <summary>The conversation, aangifte or melding the handover came from, as text (a Guid or a melding reference).</summary>
    public string? SourceId { get; set; }

    /// <summary>Set when the referral belongs to one of the citizen's aangiftes: it then shows on that case's timeline.</summary>
    public Guid? AangifteId { get; set; }

    /// <summary>The signed-in citizen (DigiD), so "Mijn zaken" can show it; null for an anonymous citizen.</summary>
    public string? CitizenBsn { get; set; }

    /// <summary>The unit whose staff follow the referral up; null: national staff only.</summary>
    public string? EenheidId { get; set; }

    public ReferralStatus Status { get; set; }

    /// <summary>The consented item keys (<see cref="ConsentItems"/>), comma-separated.</summary>
    public required string SharedItems { get; set; }

    public DateTimeOffset ConsentedAt { get; set; }

    /// <summary>Where consent was given: "web" (the consent page) - the audit trail records the same.</summary>
    public required string ConsentChannel { get; set; }

    public required string Language { get; set; }

    /// <summary>The consented values as JSON, encrypted with Data Protection; erased once sent to the partner.</summary>
    public string? ProtectedPayload { get; set; }

    /// <summary>SHA-256 of the citizen's status link secret.</summary>
    public required string CitizenTokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>When the citizen withdrew consent; from then on nothing more goes to the partner.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>How the citizen hears about status changes: e-mail or SMS (as given on the consent page), portal (DigiD), or null.</summary>
    public Infrastructure.Notifications.NotificationChannel? NotifyBy { get; set; }

    /// <summary>The citizen's status address, encrypted (<see cref="Infrastructure.Notifications.RecipientProtector"/>).</summary>
    public string? ProtectedRecipient { get; set; }

    /// <summary>
    /// The citizen's status link secret, encrypted with Data Protection, so a status message can repeat the link the
    /// citizen already has; a database copy without the keys still hands out no working link.
    /// </summary>
    public string? ProtectedCitizenToken { get; set; }

    public List<ReferralStatusChange> Changes { get; set; } = [];

    public IReadOnlyList<string> SharedItemList => SharedItems.Length == 0 ? [] : SharedItems.Split(',');
}

/// <summary>One step of a referral's history: who set which status when.</summary>
public sealed class ReferralStatusChange
{
    public Guid Id { get; set; }

    public Guid ReferralId { get; set; }

    public ReferralStatus Status { get; set; }

    /// <summary>"citizen", "partner" or "staff" (the staff member's id is in the audit trail).</summary>
    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>
/// A partner's link for one status step: valid once, until it expires. Only the hash is stored, so a copy of the
/// database does not hand out working links.
/// </summary>
public sealed class ReferralPartnerToken
{
    public Guid Id { get; set; }

    public Guid ReferralId { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>The status the referral must have for this link to work (Sent: accept/decline; Accepted: contacted/decline).</summary>
    public ReferralStatus ForStatus { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
