namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// A single-use invitation. Only the SHA-256 of the token is stored. The citizen link (recipient and contact
/// reference) is erased when the response arrives or the token expires; the response itself never points back here.
/// </summary>
public sealed class SurveyInvitation
{
    public Guid Id { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>The contact this invitation is about (e.g. an aangifte number): unique, so two nodes cannot invite twice.</summary>
    public string? ContactReference { get; set; }

    /// <summary>The citizen's e-mail address, encrypted (Data Protection): kept only for a call-back the citizen may ask for in the survey.</summary>
    public string? ProtectedEmail { get; set; }

    public string Language { get; set; } = "nl";

    public required string EenheidId { get; set; }

    public string BasisteamId { get; set; } = "";

    public required string Channel { get; set; }

    public required string ContactType { get; set; }

    public string Topic { get; set; } = "";

    public int Month { get; set; }

    public bool WoutOnly { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public ContactMetadata Metadata => new(EenheidId, BasisteamId, Channel, ContactType, Topic, Month, WoutOnly);

    public bool HasCitizenLink => ProtectedEmail is not null || ContactReference is not null;
}
