using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Organisation;

public static class OrganisationServiceCollectionExtensions
{
    /// <summary>Registers the reference data (loaded and validated once), the municipality resolver and the seeder.</summary>
    public static IHostApplicationBuilder AddOrganisation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => ReferenceData.Load(ReferenceData.DefaultDirectory));
        builder.Services.AddSingleton<MunicipalityResolver>();
        builder.Services.AddSingleton<ReferenceDataSeeder>();
        return builder;
    }

    /// <summary>Upserts the organisation reference data; call after migrations have been applied.</summary>
    public static async Task<ReferenceSeedResult> SeedOrganisationAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        return await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(db, ct);
    }
}
