using Verbinding.Web.Features.Conversations;

namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>
/// First-response targets per channel (issue 4 policy defaults): web chat 60 seconds to a person after the
/// handoff, messaging one hour. A channel without its own target gets the messaging hour, the laxer of the two.
/// </summary>
public static class FirstResponseTargets
{
    public static readonly TimeSpan Messaging = TimeSpan.FromHours(1);

    public static TimeSpan For(string channel) =>
        channel == ConversationChannels.Web ? ConversationLimits.FirstResponseTarget : Messaging;
}
