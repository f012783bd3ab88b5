using Microsoft.EntityFrameworkCore;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Simulation;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>What the policy pages show: the history, the versions in force now, and a version's simulation.</summary>
public sealed class PolicyQueries(VerbindingDbContext db, PolicyFiles files, AuditTrail audit, TimeProvider time)
{
    private DateTimeOffset Now => time.GetUtcNow();

    public async Task<IReadOnlyList<PolicyVersion>> ListAsync(CancellationToken ct)
    {
        var versions = await db.Set<PolicyVersion>().AsNoTracking().ToListAsync(ct);
        return versions.OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id).ToList();
    }

    public Task<PolicyVersion?> FindAsync(int id, CancellationToken ct) =>
        db.Set<PolicyVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);

    /// <summary>Scope to the version in force now (the "published" one).</summary>
    public async Task<IReadOnlyDictionary<string, PolicyVersion>> InForceAsync(CancellationToken ct)
    {
        var approved = await db.Set<PolicyVersion>().AsNoTracking().Where(v => v.Status == PolicyStatus.Approved).ToListAsync(ct);
        var ids = PolicyTimeline.InForce(approved.Select(Entry), Now);
        return approved.Where(v => ids.GetValueOrDefault(v.Scope) == v.Id).ToDictionary(v => v.Scope);
    }

    public string ShownStatus(PolicyVersion version, IReadOnlyDictionary<string, PolicyVersion> inForce) =>
        PolicyTimeline.Shown(version, inForce.ToDictionary(p => p.Key, p => p.Value.Id), Now);

    /// <summary>Runs the situation table against the policy in force and against it with this version in its place.</summary>
    public SimulationResult Simulate(PolicyVersion version, IReadOnlyDictionary<string, PolicyVersion> inForce)
    {
        var documents = inForce.ToDictionary(p => p.Key, p => p.Value.Document);
        var published = Compose(documents);
        documents[version.Scope] = version.Document;
        return PolicySimulation.Compare(published, Compose(documents), files.Situations);
    }

    public Task RecordReadAsync(int? id, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent("read", PolicyAdmin.EntityType, id?.ToString(), PolicyAdmin.Purpose), ct);

    private TriagePolicySet Compose(Dictionary<string, string> documents) =>
        PolicyComposition.Compose(documents[PolicyScopes.National],
            documents.Where(d => d.Key != PolicyScopes.National).ToDictionary(d => d.Key, d => d.Value), files).Set;

    private static PolicyTimeline.Entry Entry(PolicyVersion v) => new(v.Id, v.Scope, v.EffectiveFrom ?? DateTimeOffset.MaxValue);
}
