using System.Text.RegularExpressions;
using MimeKit;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Rejects a request before it is stored: an unknown template, a missing or extra placeholder, or a value that is
/// not a reference number or link. Free text is refused on purpose, so a name, a description or an address can
/// never end up in an e-mail or SMS.
/// </summary>
public static partial class NotificationModelGuard
{
    public static void Validate(NotificationRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > NotificationRequest.MaxKeyLength)
        {
            throw new ArgumentException($"The idempotency key must have 1-{NotificationRequest.MaxKeyLength} characters.", nameof(request));
        }
        if (!NotificationLanguages.IsSupported(request.Language))
        {
            throw new ArgumentException($"Language '{request.Language}' is not supported (nl, en).", nameof(request));
        }
        if (!NotificationTemplateIds.Placeholders.TryGetValue(request.TemplateId, out var placeholders))
        {
            throw new ArgumentException($"Unknown notification template '{request.TemplateId}'.", nameof(request));
        }
        var missing = placeholders.Except(request.Model.Keys).ToList();
        var extra = request.Model.Keys.Except(placeholders).ToList();
        if (missing.Count + extra.Count > 0)
        {
            throw new ArgumentException(
                $"Template '{request.TemplateId}' needs exactly [{string.Join(", ", placeholders)}]; missing [{string.Join(", ", missing)}], not allowed [{string.Join(", ", extra)}].",
                nameof(request));
        }
        foreach (var (key, value) in request.Model)
        {
            var (valid, kind) = key switch
            {
                NotificationTemplateIds.Link => (IsLink(value), "portal path or http(s) link"),
                NotificationTemplateIds.Partner => (IsPartnerName(value), "partner organisation's name from reference/partners.json"),
                _ => (ReferencePattern().IsMatch(value), "reference number"),
            };
            if (!valid)
            {
                // The value itself is not echoed: it may be exactly the personal data we keep out.
                throw new ArgumentException($"Placeholder '{key}' must be a {kind}.", nameof(request));
            }
        }
        ValidateRecipient(request.Channel, request.Recipient);
        if (request.Attachment is { } file && (request.Channel != NotificationChannel.Email
            || file.Content.Length > NotificationAttachment.MaxContentLength
            || file.FileName.Length is 0 or > NotificationAttachment.MaxFileNameLength
            || file.ContentType.Length is 0 or > NotificationAttachment.MaxContentTypeLength))
        {
            throw new ArgumentException("An attachment goes with e-mail only, with a name, a content type and at most "
                + $"{NotificationAttachment.MaxContentLength} characters.", nameof(request));
        }
    }

    public static bool IsLink(string value)
    {
        if (value.Length > 500 || value.Contains('@', StringComparison.Ordinal) || value.Any(char.IsWhiteSpace))
        {
            return false;
        }
        if (value.StartsWith('/'))
        {
            return !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains('\\', StringComparison.Ordinal);
        }
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    /// <summary>An organisation's name is free text, so only the names in the partner directory pass: never a person's name.</summary>
    public static bool IsPartnerName(string value) => Features.Help.PartnerDirectory.All.Any(p => string.Equals(p.Name, value, StringComparison.Ordinal));

    /// <summary>Whether a request to this recipient would be stored: a form can check an address before anything is saved.</summary>
    public static bool AcceptsRecipient(NotificationChannel channel, string? recipient) => channel switch
    {
        NotificationChannel.Email => recipient is not null && recipient.Length <= 254 && recipient.Contains('@', StringComparison.Ordinal)
            && MailboxAddress.TryParse(recipient, out var address) && address.Address == recipient,
        NotificationChannel.Sms => recipient is not null && PhonePattern().IsMatch(recipient),
        _ => true,
    };

    private static void ValidateRecipient(NotificationChannel channel, string? recipient)
    {
        if (!AcceptsRecipient(channel, recipient))
        {
            throw new ArgumentException($"The recipient is not a valid {(channel == NotificationChannel.Sms ? "phone number" : "e-mail address")}.", "request");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^\+?[0-9]{8,15}$")]
    private static partial Regex PhonePattern();
}
