using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>
/// What the transcript needs of one received e-mail. <see cref="MessageId"/> is the sender's Message-Id (or, if it has
/// none, a hash of the message) and <see cref="ReferencedIds"/> are In-Reply-To and References, newest first.
/// </summary>
public sealed record InboundEmail(
    string MessageId, string From, string Subject, string Text, string? ThreadToken, IReadOnlyList<string> ReferencedIds);

/// <summary>Reads a MIME message into an <see cref="InboundEmail"/>: plain text preferred, HTML made text, quotes cut.</summary>
public static class InboundEmailParser
{
    public const int MaxSubjectLength = 200;

    public static InboundEmail? Parse(MimeMessage message, IEnumerable<string> recipients, EmailAddressing addressing)
    {
        if (message.From.Mailboxes.FirstOrDefault()?.Address is not { } from)
            return null;
        var body = message.TextBody is { } plain && !string.IsNullOrWhiteSpace(plain) ? plain
            : message.HtmlBody is { } html ? HtmlToText.Convert(html)
            : "";
        var text = ReplyQuotes.Cut(body);
        var attachments = message.Attachments.Count();
        if (attachments > 0)
            text = (text + $"\n\n[{attachments} bijlage(n) niet overgenomen / {attachments} attachment(s) not kept]").Trim();
        if (text.Length == 0)
            text = "[geen tekst / no text]";
        if (text.Length > ConversationLimits.MaxStoredTextLength)
            text = text[..ConversationLimits.MaxStoredTextLength];
        var token = recipients.Concat(message.To.Mailboxes.Select(m => m.Address)).Select(addressing.ThreadTokenOf).FirstOrDefault(t => t is not null);
        var referenced = new List<string>();
        if (message.InReplyTo is { Length: > 0 } inReplyTo)
            referenced.Add(inReplyTo);
        referenced.AddRange(message.References.Reverse().Where(r => r != message.InReplyTo));
        return new InboundEmail(
            MessageIdOf(message, from, body), from.Trim().ToLowerInvariant(), SubjectOf(message.Subject), text,
            token, [.. referenced.Take(EmailThreading.MaxReferences)]);
    }

    /// <summary>The subject without reply and forward prefixes ("Re: Antw: Fwd: fiets" is "fiets").</summary>
    public static string SubjectOf(string? subject)
    {
        var s = (subject ?? "").Trim();
        string[] prefixes = ["re:", "antw:", "aw:", "fw:", "fwd:", "doorst:", "tr:"];
        while (prefixes.FirstOrDefault(p => s.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix)
            s = s[prefix.Length..].TrimStart();
        return s.Length > MaxSubjectLength ? s[..MaxSubjectLength] : s;
    }

    // A message without Message-Id still has to arrive once only when the sender's server delivers it twice.
    private static string MessageIdOf(MimeMessage message, string from, string body) =>
        message.MessageId is { Length: > 0 and <= 500 } id ? id
        : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{from}\n{message.Date:O}\n{message.Subject}\n{body}")));
}
