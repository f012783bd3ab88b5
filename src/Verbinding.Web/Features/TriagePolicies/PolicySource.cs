using Microsoft.EntityFrameworkCore;
using Verbinding.Triage.Evaluation;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>
/// The triage policy in force, for every node: which approved version of each scope is effective is read from the
/// database at most every <see cref="RecheckInterval"/> (and exactly when a scheduled version's time comes), and the
/// policy is only recomposed when that choice changed. Until the database answers (first start, outage) the last
/// known policy is served, at first the shipped files: triage never stops because the database is slow.
/// </summary>
public sealed class PolicySource(IServiceScopeFactory scopes, PolicyFiles files, TimeProvider time, ILogger<PolicySource> logger)
{
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyList<int> VersionIds, ComposedPolicy Policy, DateTimeOffset ValidUntil);

    public TriagePolicySet Current => Read().Policy.Set;

    /// <summary>Unit overrides the current national version cannot carry (left out until reviewed).</summary>
    public IReadOnlyList<string> SkippedUnits => Read().Policy.SkippedUnits;

    /// <summary>Forces a fresh look at the database on the next answer (after an approval on this node).</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            if (_snapshot is not null)
            {
                _snapshot = _snapshot with { ValidUntil = DateTimeOffset.MinValue };
            }
        }
    }

    private Snapshot Read()
    {
        var now = time.GetUtcNow();
        var snapshot = _snapshot;
        if (snapshot is not null && now < snapshot.ValidUntil)
        {
            return snapshot;
        }
        // One request refreshes; the others keep answering from the snapshot meanwhile (a slow database delays one answer, not all).
        if (snapshot is not null && !_lock.TryEnter())
        {
            return snapshot;
        }
        if (snapshot is null)
        {
            _lock.Enter();
        }
        try
        {
            if (_snapshot is not null && now < _snapshot.ValidUntil)
            {
                return _snapshot;
            }
            _snapshot = Refresh(_snapshot, now);
            return _snapshot;
        }
        finally
        {
            _lock.Exit();
        }
    }

    private Snapshot Refresh(Snapshot? previous, DateTimeOffset now)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
            var approved = db.Set<PolicyVersion>().AsNoTracking()
                .Where(v => v.Status == PolicyStatus.Approved && v.EffectiveFrom != null)
                .Select(v => new PolicyTimeline.Entry(v.Id, v.Scope, v.EffectiveFrom!.Value))
                .ToList();
            var inForce = PolicyTimeline.InForce(approved, now);
            var validUntil = Min(now + RecheckInterval, PolicyTimeline.NextChange(approved, now));
            if (!inForce.ContainsKey(PolicyScopes.National))
            {
                return new Snapshot([], previous?.Policy ?? FromFiles(), validUntil); // not seeded yet
            }
            var ids = inForce.Values.Order().ToList();
            if (previous is not null && previous.VersionIds.SequenceEqual(ids))
            {
                return previous with { ValidUntil = validUntil };
            }
            var documents = db.Set<PolicyVersion>().AsNoTracking().Where(v => ids.Contains(v.Id))
                .ToDictionary(v => v.Scope, v => v.Document);
            var national = documents[PolicyScopes.National];
            documents.Remove(PolicyScopes.National);
            var composed = PolicyComposition.Compose(national, documents, files);
            if (composed.SkippedUnits.Count > 0)
            {
                logger.LogWarning("Triage policy {Version}: unit overrides left out until reviewed: {Units}",
                    composed.Set.National.Version, string.Join(", ", composed.SkippedUnits));
            }
            return new Snapshot(ids, composed, validUntil);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Triage policy versions could not be read; serving the last known policy");
            return new Snapshot(previous?.VersionIds ?? [], previous?.Policy ?? FromFiles(), now + RetryAfterFailure);
        }
    }

    private ComposedPolicy FromFiles() => PolicyComposition.Compose(files.National, files.Units, files);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset? b) => b is { } value && value < a ? value : a;
}
