using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Meldingen;

public static class MeldingenExtensions
{
    public static IHostApplicationBuilder AddMeldingen(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MeldingenOptions>().BindConfiguration(MeldingenOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(_ => MeldingCatalog.Load(ReferenceData.DefaultDirectory));
        builder.Services.AddSingleton<MunicipalitySuggestions>();
        builder.Services.AddSingleton<MeldingValidator>();
        builder.Services.AddScoped<MeldingReferences>();
        builder.Services.AddScoped<MeldingService>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<MeldingTracking>();
        builder.Services.AddScoped<BundleFeedbackService>();
        return builder;
    }
}
