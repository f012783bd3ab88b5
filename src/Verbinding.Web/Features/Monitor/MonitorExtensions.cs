using Verbinding.Web.Features.Monitor.FollowUp;
using Verbinding.Web.Features.Monitor.Instrument;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.Monitor.Reports;
using Verbinding.Web.Features.Monitor.Responses;

namespace Verbinding.Web.Features.Monitor;

public static class MonitorExtensions
{
    /// <summary>The politiemonitor: the survey instrument, invitations, anonymous responses and the analyst reports.</summary>
    public static IHostApplicationBuilder AddMonitor(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MonitorOptions>().BindConfiguration(MonitorOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !builder.Environment.IsProduction() || o.CitizenKeySecret != new MonitorOptions().CitizenKeySecret,
                "Monitor:CitizenKeySecret must be set to a secret value in production.")
            .Validate(o => new[] { o.Triggers.Aangifte, o.Triggers.Chat, o.Triggers.LoggedContact }
                    .All(t => t.SamplingRate is >= 0 and <= 1 && t.Delay >= TimeSpan.Zero && t.Delay <= TimeSpan.FromDays(30)),
                "Monitor:Triggers:*: SamplingRate must be 0-1 and Delay 0-30 days.")
            .ValidateOnStart();
        builder.Services.AddSingleton(_ => QuestionnaireLoader.Load(QuestionnaireLoader.DefaultPath));
        builder.Services.AddSingleton<SurveyResponseStore>();
        builder.Services.AddScoped<SurveySubmission>();
        builder.Services.AddScoped<SurveyInvitationService>();
        builder.Services.AddScoped<ISurveyInvitationSender, OutboxSurveyInvitationSender>();
        builder.Services.AddScoped<SurveyTriggers>();
        builder.Services.AddScoped<SurveyInvitationScheduler>();
        builder.Services.AddScoped<SurveyMaintenance>();
        builder.Services.AddScoped<SatisfactionReport>();
        builder.Services.AddScoped<ItemAnalysis>();
        builder.Services.AddScoped<FollowUpService>();
        builder.Services.AddHostedService<SurveyInvitationSchedulerService>();
        return builder;
    }
}
