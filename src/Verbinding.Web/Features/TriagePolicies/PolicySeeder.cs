using Microsoft.EntityFrameworkCore;
using Verbinding.Triage.Loading;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>
/// Stores the shipped policy files (reference/triage) as the first approved version of each scope, in force from the
/// first start. Afterwards the database is the source: changes go through the policy page (draft, simulation,
/// four-eyes approval), and a scope that already has versions is never touched again.
/// </summary>
internal sealed class PolicySeeder(PolicyFiles files, TimeProvider time) : IDatabaseSeeder
{
    public const string SeedAuthor = "reference/triage";

    public int Order => 20;

    public async Task SeedAsync(VerbindingDbContext db, CancellationToken ct)
    {
        var seeded = await db.Set<PolicyVersion>().Select(v => v.Scope).Distinct().ToListAsync(ct);
        var documents = new Dictionary<string, (string Label, string Document)>();
        if (!seeded.Contains(PolicyScopes.National))
        {
            documents[PolicyScopes.National] = (TriagePolicyLoader.ParseNational(files.National).Version, files.National);
        }
        foreach (var (eenheid, document) in files.Units.Where(u => !seeded.Contains(u.Key)))
        {
            documents[eenheid] = (TriagePolicyLoader.ParseUnit(document).Version, document);
        }
        var now = time.GetUtcNow();
        foreach (var (scope, (label, document)) in documents)
        {
            db.Add(new PolicyVersion
            {
                Scope = scope,
                Label = label,
                Document = document,
                Status = PolicyStatus.Approved,
                ChangeNote = "Version 1: the policy files shipped in reference/triage.",
                AuthorId = SeedAuthor,
                AuthorName = SeedAuthor,
                CreatedAt = now,
                DeciderId = SeedAuthor,
                DeciderName = SeedAuthor,
                DecidedAt = now,
                EffectiveFrom = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
