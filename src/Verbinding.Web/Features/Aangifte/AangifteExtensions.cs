using Verbinding.Web.Infrastructure.Jobs;
using Verbinding.Web.Features.Triage;

namespace Verbinding.Web.Features.Aangifte;

public static class AangifteExtensions
{
    /// <summary>Loads reference/aangifte/types.json (checked against the triage topics) and registers the services.</summary>
    public static IHostApplicationBuilder AddAangifte(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AangifteOptions>().BindConfiguration(AangifteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => AangifteTypeLoader.Load(AangifteTypeLoader.DefaultPath,
            sp.GetRequiredService<TriageService>().Policies.National.Topics.Select(t => t.Id).ToList()));
        builder.Services.AddSingleton<FieldValidator>();
        builder.Services.AddSingleton<StepValidator>();
        builder.Services.AddSingleton<AangifteBuilder>();
        builder.Services.AddSingleton<AangifteEligibility>();
        builder.Services.AddSingleton<EligibilityTokens>();
        builder.Services.AddSingleton<IAangiftePrefill, NoPrefill>();
        builder.Services.AddSingleton<ProofOfReport>();
        builder.Services.AddSingleton<AangifteNumberSource>();
        builder.Services.AddScoped<AangifteService>();
        builder.Services.AddScoped<IntakeService>();
        builder.Services.AddLeasedJob<FollowUp.InformationRequestExpiry>(
            sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AangifteOptions>>().Value.InformationRequestCheckInterval);
        builder.Services.AddScoped<CaseTimeline>();
        builder.Services.AddScoped<CaseNotifier>();
        builder.Services.AddScoped<CaseMessages>();
        builder.Services.AddScoped<FraudLinks>();
        builder.Services.AddScoped<VerificationService>();
        builder.Services.AddScoped<IAangifteNotifier, OutboxAangifteNotifier>();
        return builder;
    }
}
