using Verbinding.Triage.Evaluation;
using Verbinding.Web.Features.TriagePolicies;

namespace Verbinding.Web.Features.Triage;

public static class TriageExtensions
{
    /// <summary>
    /// The engine reads the policy in force from <see cref="PolicySource"/> (approved versions in the database, the
    /// shipped files until then; needs <c>AddTriagePolicies</c>), and the adapter the API, the decision aid and staff
    /// tools share.
    /// </summary>
    public static IHostApplicationBuilder AddTriage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp =>
        {
            var source = sp.GetRequiredService<PolicySource>();
            return new TriageEngine(() => source.Current);
        });
        builder.Services.AddSingleton<TriageService>();
        return builder;
    }
}
