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
        builder.Services.AddScoped<IDatabaseSeeder, OrganisationSeeder>();
        return builder;
    }

    /// <summary>Reference data is seeded at every start, in every environment, before anything that refers to units.</summary>
    private sealed class OrganisationSeeder(ReferenceDataSeeder seeder) : IDatabaseSeeder
    {
        public int Order => 0;

        public Task SeedAsync(VerbindingDbContext db, CancellationToken ct) => seeder.SeedAsync(db, ct);
    }

    /// <summary>Upserts the organisation reference data; call after migrations have been applied.</summary>
    public static async Task<ReferenceSeedResult> SeedOrganisationAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        return await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(db, ct);
    }
}
