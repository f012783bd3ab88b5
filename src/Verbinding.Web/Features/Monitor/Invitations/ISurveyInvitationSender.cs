namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>The invitation as the outbox needs it. The token exists only here and in the link.</summary>
/// <param name="Recipient">An e-mail address, or a mobile number when <paramref name="BySms"/>.</param>
public sealed record SurveyInvitationMessage(Guid InvitationId, string Recipient, bool BySms, string Language, string SurveyPath, DateTimeOffset ExpiresAt);

/// <summary>
/// Delivers an invitation (implemented by the e-mail outbox when it exists). It is called inside the transaction
/// that creates the invitation, after the duplicate and 90-day checks: an outbox implementation should enqueue its
/// message in the same <c>VerbindingDbContext</c>, so a message exists exactly when the invitation does.
/// </summary>
public interface ISurveyInvitationSender
{
    Task SendAsync(SurveyInvitationMessage message, CancellationToken ct);
}
