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
/// <param name="Attachment">Optional file for e-mail (e.g. a calendar invitation); it must not hold personal data.</param>
public sealed record NotificationRequest(
    string IdempotencyKey,
    NotificationChannel Channel,
    string? Recipient,
    string Language,
    string TemplateId,
    IReadOnlyDictionary<string, string> Model,
    string? EenheidId = null,
    NotificationAttachment? Attachment = null)
{
    public const int MaxKeyLength = 200;
}

/// <summary>
/// A small text file sent with an e-mail, such as an .ics calendar invitation. Like the model it carries no
/// personal data (a time and a bureau address, no name); it is erased from the outbox once sent.
/// </summary>
public sealed record NotificationAttachment(string FileName, string ContentType, string Content)
{
    public const int MaxContentLength = 8000;
    public const int MaxFileNameLength = 100;
    public const int MaxContentTypeLength = 100;
}
