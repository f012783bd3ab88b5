namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>A template filled in for one language: e-mail subject and bodies, and the short text for SMS.</summary>
public sealed record RenderedNotification(string Subject, string TextBody, string HtmlBody, string ShortText);
