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
            .ValidateOnStart();
        builder.Services.AddSingleton(_ => QuestionnaireLoader.Load(QuestionnaireLoader.DefaultPath));
        builder.Services.AddSingleton<SurveyResponseStore>();
        builder.Services.AddScoped<SurveySubmission>();
        builder.Services.AddScoped<SurveyInvitationService>();
        builder.Services.AddScoped<SurveyMaintenance>();
        builder.Services.AddScoped<SatisfactionReport>();
        builder.Services.AddScoped<ItemAnalysis>();
        builder.Services.AddScoped<FollowUpService>();
        builder.Services.AddHostedService<SurveyMaintenanceService>();
        return builder;
    }
}
