using MimeKit;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>Builds the MIME message both e-mail channels send: plain text plus a simple HTML alternative.</summary>
public static class EmailMessageFactory
{
    public const string MessageIdDomain = "notifications.verbinding.politie.nl";

    public static MimeMessage Create(OutgoingNotification notification, SmtpOptions smtp)
    {
        var body = new BodyBuilder { TextBody = notification.Content.TextBody, HtmlBody = notification.Content.HtmlBody };
        if (notification.Attachment is { } file)
        {
            body.Attachments.Add(file.FileName, System.Text.Encoding.UTF8.GetBytes(file.Content), ContentType.Parse(file.ContentType));
        }
        var message = new MimeMessage
        {
            Subject = notification.Content.Subject,
            // Stable per notification: if a crash makes us send twice, mail systems can recognise the duplicate.
            MessageId = $"{notification.Id:N}@{MessageIdDomain}",
            Body = body.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(smtp.FromName, notification.Thread?.FromAddress ?? smtp.FromAddress));
        if (notification.Thread is { } thread)
        {
            message.MessageId = thread.MessageId;
            message.InReplyTo = thread.InReplyTo;
            foreach (var reference in thread.References)
            {
                message.References.Add(reference);
            }
        }
        message.To.Add(MailboxAddress.Parse(notification.Recipient ?? throw new InvalidOperationException("An e-mail notification has no recipient.")));
        // Content-* headers belong to the body entity in MIME; the HTML part also carries lang="...".
        message.Body.Headers.Add(HeaderId.ContentLanguage, notification.Language);
        // RFC 3834: tells auto-responders (out-of-office) not to answer; a colleague's own answer is not automatic.
        if (notification.Thread?.AutoSubmitted != false)
        {
            message.Headers.Add("Auto-Submitted", "auto-generated");
        }
        return message;
    }
}
