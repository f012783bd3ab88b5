using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Organisation;

public sealed record ReferenceSeedResult(int Added, int Updated, int Removed)
{
    public bool ChangedAnything => Added + Updated + Removed > 0;
}

/// <summary>
/// Makes the organisation tables equal to the reference files: adds new rows, updates changed rows and removes rows
/// no longer in the files (e.g. a municipality after a merger). Running it twice changes nothing. All changes go to the
/// database in one SaveChanges, so one transaction.
/// </summary>
public sealed class ReferenceDataSeeder(ReferenceData data)
{
    public async Task<ReferenceSeedResult> SeedAsync(VerbindingDbContext db, CancellationToken ct)
    {
        var counter = new Counter();
        await SyncAsync(db, data.Eenheden, e => e.Id, r => r.Id, ReferenceDataMapping.ToEntity, ReferenceDataMapping.Apply, counter, ct);
        await SyncAsync(db, data.Basisteams, b => b.Id, r => r.Id, ReferenceDataMapping.ToEntity, ReferenceDataMapping.Apply, counter, ct);
        await SyncAsync(db, data.Municipalities, m => m.Code, r => r.Code, ReferenceDataMapping.ToEntity, ReferenceDataMapping.Apply, counter, ct);
        await SyncAsync(db, data.Bureaus, b => b.Id, r => r.Id, ReferenceDataMapping.ToEntity, ReferenceDataMapping.Apply, counter, ct);
        await db.SaveChangesAsync(ct);
        return new ReferenceSeedResult(counter.Added, counter.Updated, counter.Removed);
    }

    private static async Task SyncAsync<TEntity, TRecord>(
        VerbindingDbContext db, IReadOnlyList<TRecord> records, Func<TEntity, string> entityKey, Func<TRecord, string> recordKey,
        Func<TRecord, TEntity> create, Func<TEntity, TRecord, TEntity> apply, Counter counter, CancellationToken ct)
        where TEntity : class
    {
        var set = db.Set<TEntity>();
        var existing = (await set.ToListAsync(ct)).ToDictionary(entityKey, StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (existing.Remove(recordKey(record), out var entity))
            {
                apply(entity, record);
            }
            else
            {
                set.Add(create(record));
                counter.Added++;
            }
        }
        // Assigning equal values leaves an entry Unchanged, so only real differences count and get written. One
        // DetectChanges for the whole set: one per record made start-up quadratic in the number of municipalities.
        db.ChangeTracker.DetectChanges();
        counter.Updated += db.ChangeTracker.Entries<TEntity>().Count(e => e.State == EntityState.Modified);
        set.RemoveRange(existing.Values);
        counter.Removed += existing.Count;
    }

    private sealed class Counter
    {
        public int Added { get; set; }
        public int Updated { get; set; }
        public int Removed { get; set; }
    }
}
