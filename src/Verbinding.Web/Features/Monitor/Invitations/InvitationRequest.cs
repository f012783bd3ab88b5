using Verbinding.Web.Features.Monitor.Data;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// A finished contact that may be surveyed. <paramref name="CitizenKey"/> identifies the person for the 90-day rule
/// (e.g. BSN or e-mail); it is only ever stored as a keyed hash. <paramref name="Sensitive"/> marks cases the
/// handler flagged (e.g. domestic violence) whatever the topic. <paramref name="CitizenKeyHashed"/>: the key is already
/// <see cref="SurveyTokens.CitizenKeyHash"/> (the scheduler never stores the plain key).
/// </summary>
public sealed record InvitationRequest(
    string ContactReference, string CitizenKey, string? RecipientEmail, string Language, ContactMetadata Metadata, bool Sensitive = false,
    bool CitizenKeyHashed = false, string? RecipientPhone = null);

public enum InvitationOutcome { Created, Excluded, InvitedRecently, AlreadyInvited }

/// <summary>The token is returned once, to be put into the message; it is not stored.</summary>
public sealed record InvitationResult(InvitationOutcome Outcome, Guid? InvitationId = null, string? Token = null);
