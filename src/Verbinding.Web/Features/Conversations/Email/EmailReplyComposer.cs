using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>
/// Writes a conversation message as a reply in the citizen's e-mail thread: from contact+{token}@..., "Re: subject",
/// In-Reply-To and References of their latest mail, and a Message-Id we stored so their answer finds its way back.
/// </summary>
public sealed class EmailReplyComposer(
    VerbindingDbContext db, EmailAddressing addressing, EmailOutbound outbound, SystemMessages system, NotificationRenderer renderer)
    : INotificationComposer
{
    public string TemplateId => NotificationTemplateIds.GesprekEmail;

    public async Task<ComposedNotification> ComposeAsync(IReadOnlyDictionary<string, string> model, string language, CancellationToken ct)
    {
        var conversationId = Guid.ParseExact(model["conversation"], "N");
        var messageId = Guid.ParseExact(model["message"], "N");
        var message = await db.Set<ConversationMessage>().AsNoTracking()
            .SingleAsync(m => m.Id == messageId && m.ConversationId == conversationId, ct);
        var thread = await db.Set<EmailThread>().AsNoTracking().SingleAsync(t => t.ConversationId == conversationId, ct);
        var subject = "Re: " + (thread.Subject.Length > 0 ? thread.Subject : system.Get("EmailSubjectFallback", language));
        var link = renderer.AbsoluteLink(model[NotificationTemplateIds.Link], language);
        string[] footer = [system.Get("EmailReplyHint", language), string.Format(System.Globalization.CultureInfo.InvariantCulture, system.Get("EmailPortalHint", language), link)];
        var text = message.Text + "\n\n-- \n" + string.Join("\n", footer) + "\n";
        var html = $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(subject)}</title></head><body>"
            + string.Concat(message.Text.Split("\n\n").Select(p => "<p>" + WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"))
            + "<hr>" + string.Concat(footer.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>")) + "</body></html>";
        var references = thread.References.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new ComposedNotification(
            new RenderedNotification(subject, text, html, subject),
            new EmailThreadHeaders(addressing.ForThread(thread.Token), outbound.MessageIdFor(messageId), thread.LastInboundMessageId, references,
                AutoSubmitted: message.AuthorKind != AuthorKinds.Agent));
    }
}
