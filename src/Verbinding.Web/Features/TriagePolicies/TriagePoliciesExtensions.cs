using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.TriagePolicies;

public static class TriagePoliciesExtensions
{
    /// <summary>
    /// Versioned triage policies in the database (seeded from reference/triage), the source the triage engine reads
    /// the policy in force from, and the administrators' policy pages.
    /// </summary>
    public static IHostApplicationBuilder AddTriagePolicies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PolicyFiles>();
        builder.Services.AddSingleton<PolicySource>();
        builder.Services.AddScoped<IDatabaseSeeder, PolicySeeder>();
        builder.Services.AddScoped<PolicyQueries>();
        builder.Services.AddScoped<PolicyAdmin>();
        return builder;
    }
}
