namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Composes a notification whose content lives elsewhere (a conversation message) instead of filling a template: the
/// outbox row keeps ids only, and the text is read at send time. Registered scoped, resolved in the dispatcher's scope.
/// </summary>
public interface INotificationComposer
{
    string TemplateId { get; }

    Task<ComposedNotification> ComposeAsync(IReadOnlyDictionary<string, string> model, string language, CancellationToken ct);
}

public sealed record ComposedNotification(RenderedNotification Content, EmailThreadHeaders? Thread);

/// <summary>
/// Headers that make an e-mail part of a thread: our From for this thread, a Message-Id chosen (and stored) by the
/// feature, and In-Reply-To/References of the message being answered. <paramref name="AutoSubmitted"/> is false for a
/// colleague's personal answer, so out-of-office replies are not suppressed for it.
/// </summary>
public sealed record EmailThreadHeaders(
    string FromAddress, string MessageId, string? InReplyTo, IReadOnlyList<string> References, bool AutoSubmitted);
