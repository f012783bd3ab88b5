using Verbinding.VictimRights;

namespace Verbinding.Web.Features.VictimRights;

public static class VictimRightsExtensions
{
    /// <summary>The rights rules' settings, the offence facts (reference/victim-rights/offences.json) and the register services.</summary>
    public static IHostApplicationBuilder AddVictimRights(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<VictimRightsOptions>().BindConfiguration(VictimRightsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(_ => OffenceCatalog.Load(OffenceCatalog.DefaultPath));
        builder.Services.AddScoped<VictimRightsRegistry>();
        builder.Services.AddScoped<VictimRightsAccess>();
        builder.Services.AddScoped<VictimRightsReports>();
        return builder;
    }
}
