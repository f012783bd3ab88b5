using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Knowledge;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Web.Features.Assistant;

public static class AssistantExtensions
{
    /// <summary>Wout: the shipped topic model, the entity extractor and the dialogue engine (all stateless singletons).</summary>
    public static IHostApplicationBuilder AddAssistant(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IEntityExtractor, EntityExtractor>();
        builder.Services.AddSingleton<IMessageUnderstanding>(sp => new WoutUnderstanding(sp.GetRequiredService<IEntityExtractor>()));
        builder.Services.AddSingleton<DialogueEngine>();
        builder.Services.AddHostedService<AssistantWarmUp>();
        return builder;
    }

    /// <summary>Loads the model, the Lucene index and the JIT paths in the background so the first citizen does not wait.</summary>
    private sealed class AssistantWarmUp(IMessageUnderstanding understanding, TimeProvider time, ILogger<AssistantWarmUp> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            var started = time.GetTimestamp();
            understanding.Understand("mijn fiets is gisteren gestolen bij station Utrecht Centraal", time.GetUtcNow());
            await KnowledgeBase.WarmUpAsync();
            logger.LogInformation("Wout warmed up in {Elapsed} ms", time.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
