namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>The invitation as the e-mail outbox needs it. The token exists only here and in the link.</summary>
public sealed record SurveyInvitationMessage(Guid InvitationId, string RecipientEmail, string Language, string SurveyPath, DateTimeOffset ExpiresAt);

/// <summary>
/// Delivers an invitation (implemented by the e-mail outbox when it exists). It is called inside the transaction
/// that creates the invitation, after the duplicate and 90-day checks: an outbox implementation should enqueue its
/// message in the same <c>VerbindingDbContext</c>, so a message exists exactly when the invitation does.
/// </summary>
public interface ISurveyInvitationSender
{
    Task SendAsync(SurveyInvitationMessage message, CancellationToken ct);
}
