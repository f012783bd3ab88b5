using System.Collections.Concurrent;

namespace Verbinding.Web.Infrastructure.Data.Counters;

/// <summary>
/// Hands out the numbers of a named counter from blocks this process reserves in the database: one
/// <c>UPDATE ... RETURNING</c> per block instead of one per number. That statement was one of the six a submitted
/// aangifte costs (its case number), in its own transaction. Numbers stay unique across nodes, each node owning its
/// blocks; they are no longer increasing across nodes (node A hands out 1-10 while node B hands out 11-20), and a
/// stopped node leaves the rest of its block unused. So use it only where a number's order means nothing.
/// </summary>
public sealed class CounterBlocks
{
    private readonly ConcurrentDictionary<string, Block> _blocks = new(StringComparer.Ordinal);

    public async Task<long> NextAsync(VerbindingDbContext db, string name, int size, Func<CancellationToken, Task<long>> start, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (db.Database.CurrentTransaction is not null)
        {
            // A block reserved inside the caller's transaction would be given back by a rollback while this process
            // still handed out its numbers: take a single number, which the rollback takes back with it.
            return await ReferenceCounters.NextAsync(db, name, start, ct);
        }
        var block = _blocks.GetOrAdd(name, _ => new Block());
        await block.Gate.WaitAsync(ct);
        try
        {
            if (block.Next > block.Last)
            {
                block.Last = await ReferenceCounters.NextAsync(db, name, start, ct, size);
                block.Next = block.Last - size + 1;
            }
            return block.Next++;
        }
        finally
        {
            block.Gate.Release();
        }
    }

    private sealed class Block
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long Next { get; set; } = 1;

        public long Last { get; set; }
    }
}
