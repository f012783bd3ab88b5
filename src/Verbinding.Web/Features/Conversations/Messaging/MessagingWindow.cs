namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>
/// WhatsApp's customer-service window: a business may reply freely only within a set time after the citizen's
/// last message; after that, only pre-approved templates. Pure.
/// </summary>
public static class MessagingWindow
{
    public static bool IsOpen(DateTimeOffset? lastCitizenMessageAt, DateTimeOffset now, TimeSpan window) =>
        lastCitizenMessageAt is { } last && now - last < window;
}
