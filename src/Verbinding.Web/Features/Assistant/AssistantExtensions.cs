using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Dialogue.Referral;
using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Dialogue.Triage;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Knowledge;
using Verbinding.Assistant.Understanding;
using Verbinding.Triage.Evaluation;
using Verbinding.Web.Infrastructure.Observability;

namespace Verbinding.Web.Features.Assistant;

public static class AssistantExtensions
{
    /// <summary>Wout: the shipped topic model, the entity extractor and the dialogue engine (all stateless singletons).</summary>
    public static IHostApplicationBuilder AddAssistant(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IEntityExtractor, EntityExtractor>();
        builder.Services.AddSingleton<IMessageUnderstanding>(sp => new WoutUnderstanding(sp.GetRequiredService<IEntityExtractor>()));
        // Wout routes with the web's triage engine, so its advice follows the policy version in force (not the files).
        builder.Services.AddSingleton(sp => new DialogueEngine(sp.GetRequiredService<IMessageUnderstanding>(), KnowledgeBase.Default,
            PartnerDirectory.Default, WoutTextCatalog.Default, new WoutTriage(sp.GetRequiredService<TriageEngine>(), MunicipalityLookup.Default)));
        builder.Services.AddHostedService<AssistantWarmUp>();
        return builder;
    }

    /// <summary>
    /// Loads the model, the Lucene index and the JIT paths in the background so the first citizen does not wait. Not
    /// needed for correct answers (each loads on first use behind a lazy), so it starts only once the node is listening
    /// and does not hold up readiness; even resolving Wout's services is left until then.
    /// </summary>
    private sealed class AssistantWarmUp(IServiceProvider services, IHostApplicationLifetime lifetime, TimeProvider time, ILoggerFactory loggers)
        : BackgroundService
    {
        private readonly ILogger _logger = loggers.CreateLogger(StartupPhases.Category);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await WhenStartedAsync(lifetime, stoppingToken);
            var started = time.GetTimestamp();
            services.GetRequiredService<IMessageUnderstanding>().Understand("mijn fiets is gisteren gestolen bij station Utrecht Centraal", time.GetUtcNow());
            _logger.LogInformation("Wout's model loaded and first message understood in {Elapsed:F0} ms", time.GetElapsedTime(started).TotalMilliseconds);
            started = time.GetTimestamp();
            await KnowledgeBase.WarmUpAsync();
            _logger.LogInformation("Wout's knowledge index (Lucene) warmed up in {Elapsed:F0} ms", time.GetElapsedTime(started).TotalMilliseconds);
        }

        private static Task WhenStartedAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
            return started.Task;
        }
    }
}
