using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Loading;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Triage;

public static class TriageExtensions
{
    /// <summary>
    /// Loads and validates the triage policy once at start (an invalid policy stops the app with every error listed),
    /// and registers the adapter the API, the decision aid and staff tools share.
    /// </summary>
    public static IHostApplicationBuilder AddTriage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new TriageEngine(TriagePolicyLoader.Load(
            Path.Combine(ReferenceData.DefaultDirectory, "triage"),
            Path.Combine(ReferenceData.DefaultDirectory, "partners.json"),
            sp.GetRequiredService<ReferenceData>().Eenheden.Select(e => e.Id).ToList())));
        builder.Services.AddSingleton<TriageService>();
        return builder;
    }
}
