using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.TriagePolicies.Pages;

/// <summary>The policy history: what is in force per scope, every version with its way through the workflow.</summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public sealed class IndexModel(PolicyQueries queries, PolicySource source, ReferenceData reference) : PageModel
{
    public IReadOnlyList<PolicyVersion> Versions { get; private set; } = [];

    public IReadOnlyDictionary<string, PolicyVersion> InForce { get; private set; } = new Dictionary<string, PolicyVersion>();

    public IReadOnlyList<string> SkippedUnits => source.SkippedUnits;

    public IReadOnlyList<(string Id, string Name)> Scopes =>
        [(PolicyScopes.National, ""), .. reference.Eenheden.Select(e => (e.Id, e.Name))];

    public string Status(PolicyVersion version) => queries.ShownStatus(version, InForce);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Versions = await queries.ListAsync(ct);
        InForce = await queries.InForceAsync(ct);
        await queries.RecordReadAsync(null, ct);
    }
}
