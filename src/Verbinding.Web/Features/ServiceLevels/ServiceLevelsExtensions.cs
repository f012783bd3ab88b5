namespace Verbinding.Web.Features.ServiceLevels;

public static class ServiceLevelsExtensions
{
    /// <summary>The supervisors' first-response report over the chat queues (/medewerker/servicenormen).</summary>
    public static IHostApplicationBuilder AddServiceLevels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ServiceLevelReports>();
        builder.Services.AddSingleton<FirstResponseClock>();
        return builder;
    }
}
