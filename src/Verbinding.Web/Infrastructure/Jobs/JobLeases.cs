using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Infrastructure.Jobs;

/// <summary>
/// Database leases so that a background job runs on one node at a time. Acquiring is one conditional UPDATE
/// ("take it if it expired or is already mine"), which the database serialises; the first acquisition of a name
/// inserts the row, and the primary key lets only one inserter win.
/// </summary>
public sealed class JobLeases(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>A holder id unique to this process, for jobs that run in it.</summary>
    public static string ProcessHolder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>
    /// The holder id of this node (this application host): unique per host, not per process, so that two hosts in one
    /// process (the integration tests' several nodes) compete for a lease as two processes do.
    /// </summary>
    public string NodeHolder { get; } = $"{ProcessHolder}:{Guid.NewGuid():N}";

    /// <summary>Takes or renews the lease <paramref name="name"/> for <paramref name="ttl"/>; false when another holder has it.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        var now = time.GetUtcNow();
        var until = now + ttl;
        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct);
        if (taken == 1)
        {
            return true;
        }
        if (await db.Set<JobLease>().AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }
        db.Add(new JobLease { Name = name, Holder = holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another node inserted the first lease at the same moment
        }
    }

    /// <summary>Gives the lease up early (e.g. on shutdown) so another node need not wait for it to expire.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        var past = time.GetUtcNow().AddSeconds(-1);
        await db.Set<JobLease>().Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past), ct);
    }
}
