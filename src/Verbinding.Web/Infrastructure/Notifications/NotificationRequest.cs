namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// What a feature asks to be sent. <paramref name="Model"/> fills the template's placeholders and may hold
/// reference numbers and links only (a path such as "/mijn/aangiftes/123" becomes a full portal link):
/// the notification points to the portal, where the citizen signs in to read the details.
/// </summary>
/// <param name="IdempotencyKey">Unique per notification, e.g. "aangifte-receipt:{id}".</param>
/// <param name="Recipient">E-mail address (Email), phone number (Sms), or null (Portal).</param>
/// <param name="Language">"nl" or "en": the citizen's language.</param>
/// <param name="TemplateId">One of <see cref="NotificationTemplateIds"/>.</param>
/// <param name="EenheidId">Optional: the unit whose supervisors see this notification if it fails.</param>
public sealed record NotificationRequest(
    string IdempotencyKey,
    NotificationChannel Channel,
    string? Recipient,
    string Language,
    string TemplateId,
    IReadOnlyDictionary<string, string> Model,
    string? EenheidId = null)
{
    public const int MaxKeyLength = 200;
}
