using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// Queues the invitation e-mail in the notification outbox, in the DbContext that stores the invitation: the e-mail
/// exists exactly when the invitation does, and the dispatcher sends it once. It carries the link and nothing else.
/// </summary>
public sealed class OutboxSurveyInvitationSender(INotificationOutbox outbox) : ISurveyInvitationSender
{
    public Task SendAsync(SurveyInvitationMessage message, CancellationToken ct) =>
        outbox.EnqueueAsync(new NotificationRequest(
            $"survey-invitation:{message.InvitationId}", message.BySms ? NotificationChannel.Sms : NotificationChannel.Email, message.Recipient, message.Language,
            NotificationTemplateIds.EnqueteUitnodiging, new Dictionary<string, string> { [NotificationTemplateIds.Link] = message.SurveyPath }), ct);
}
