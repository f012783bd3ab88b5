using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// Tells the citizen there is news about their aangifte, by their chosen channel and in their language. The
/// notification holds only a link to the case page: status and message texts stay behind DigiD.
/// </summary>
public sealed class CaseNotifier(INotificationOutbox outbox)
{
    /// <summary>Adds to the caller's unit of work; the caller's SaveChanges sends it with the change itself.</summary>
    public Task StatusChangedAsync(SubmittedAangifte aangifte, Guid changeId, CancellationToken ct) =>
        EnqueueAsync(aangifte, $"aangifte-status:{changeId}", NotificationTemplateIds.AangifteStatus, ct);

    public Task MessageAsync(SubmittedAangifte aangifte, Guid messageId, CancellationToken ct) =>
        EnqueueAsync(aangifte, $"aangifte-message:{messageId}", NotificationTemplateIds.BerichtOntvangen, ct);

    private Task EnqueueAsync(SubmittedAangifte aangifte, string key, string template, CancellationToken ct)
    {
        var (channel, recipient) = aangifte.Contact switch
        {
            { Preference: "email", Email: { } email } => (NotificationChannel.Email, email),
            { Preference: "sms", Phone: { } phone } => (NotificationChannel.Sms, phone),
            _ => (NotificationChannel.Portal, (string?)null),
        };
        return outbox.EnqueueAsync(new NotificationRequest(key, channel, recipient, aangifte.Language, template,
            new Dictionary<string, string> { [NotificationTemplateIds.Link] = $"/mijn/zaken/{aangifte.Id}" }, aangifte.EenheidId), ct);
    }
}
