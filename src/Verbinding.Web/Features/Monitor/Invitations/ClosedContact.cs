using Verbinding.Web.Features.Monitor.Data;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// A contact that has just been closed, as its feature describes it to the monitor. <paramref name="CitizenKey"/>
/// identifies the person for the 90-day rule (it is hashed at once); <paramref name="Email"/> is the address to invite,
/// if the citizen gave one; <paramref name="ConversationId"/> allows the invitation to be offered in the chat instead;
/// <paramref name="Phone"/> is used (by SMS) only when there is neither.
/// </summary>
public sealed record ClosedContact(
    string ContactReference, string CitizenKey, string? Email, string Language, ContactMetadata Metadata, Guid? ConversationId = null, string? Phone = null);
