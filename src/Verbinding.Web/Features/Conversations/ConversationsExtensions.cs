using Verbinding.Web.Features.Conversations.Email;
using Verbinding.Web.Features.Conversations.Messaging;

namespace Verbinding.Web.Features.Conversations;

public static class ConversationsExtensions
{
    /// <summary>Wout, the conversation service behind API, hub and pages, and live delivery over SignalR.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        // Wout (understanding, entities, dialogue engine) is registered by AddAssistant().
        builder.Services.AddSingleton<ChatQueues>();
        builder.Services.AddSingleton<SystemMessages>();
        builder.Services.AddSingleton<IChatNotifier, ChatNotifier>();
        builder.Services.AddScoped<ConversationService>();
        builder.Services.AddScoped<WoutMeldingIntake>();
        builder.Services.AddSingleton<ConversationSuggestions>();
        builder.Services.AddSingleton(_ => Tools.CannedReplies.Load(Tools.CannedReplies.DefaultPath));
        builder.Services.AddSingleton<Tools.AgentTools>();
        builder.Services.AddScoped<Monitor.Invitations.ISurveyChatOffer, ChatSurveyOffer>();
        builder.AddMessaging();
        builder.AddEmailChannel();
        return builder;
    }
}
