using Microsoft.Extensions.DependencyInjection.Extensions;
using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Web.Features.Conversations;

public static class ConversationsExtensions
{
    /// <summary>Wout, the conversation service behind API, hub and pages, and live delivery over SignalR.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        // The real classifier is registered by the assistant's own registration; this stand-in only fills the gap.
        builder.Services.TryAddSingleton<IMessageUnderstanding, KeywordUnderstandingFallback>();
        builder.Services.TryAddSingleton<IEntityExtractor, EntityExtractor>();
        builder.Services.AddSingleton<DialogueEngine>();
        builder.Services.AddSingleton<ChatQueues>();
        builder.Services.AddSingleton<SystemMessages>();
        builder.Services.AddSingleton<IChatNotifier, ChatNotifier>();
        builder.Services.AddScoped<ConversationService>();
        return builder;
    }
}
