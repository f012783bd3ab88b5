using Verbinding.Calendar;
using Verbinding.Web.Features.Conversations;

namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>
/// The policy target per channel (issue 4 defaults): web chat 60 seconds to a person after the handoff, messaging
/// one hour, e-mail one working day. A channel without its own target gets the messaging hour, the laxer clock one.
/// </summary>
public static class FirstResponseTargets
{
    public const string WebChat = "webchat-first-response";
    public const string Messaging = "messaging-first-response";
    public const string Email = "email-first-response";

    public static string KeyFor(string channel) => channel switch
    {
        ConversationChannels.Web => WebChat,
        ConversationChannels.Email => Email,
        _ => Messaging,
    };

    /// <summary>The targets as the policy sets them, for pure code and tests that have no calendar file at hand.</summary>
    public static ServiceLevel Default(string channel) => KeyFor(channel) switch
    {
        WebChat => new ServiceLevel(WebChat, 60, ServiceLevelUnit.CalendarSeconds),
        Email => new ServiceLevel(Email, 1, ServiceLevelUnit.WorkingDays),
        _ => new ServiceLevel(Messaging, 60, ServiceLevelUnit.CalendarMinutes),
    };
}
