using Microsoft.EntityFrameworkCore;

namespace Verbinding.Web.Infrastructure.Data.Counters;

/// <summary>
/// Hands out the next number of a named counter with one atomic <c>UPDATE ... RETURNING</c> (SQLite and PostgreSQL),
/// so parallel requests on any number of nodes each get their own number without retries. Reading the highest
/// reference and adding one made 16 parallel submitters collide constantly (bench/load: 1 in 5 failed).
/// Numbers are unique and increasing, not gapless: a request that fails after drawing a number leaves a gap.
/// </summary>
public static class ReferenceCounters
{
    /// <param name="start">The counter's value when it does not exist yet (e.g. the highest number already issued).</param>
    /// <param name="step">How many numbers to take at once: the caller owns the <paramref name="step"/> numbers up to and
    /// including the one returned.</param>
    public static async Task<long> NextAsync(VerbindingDbContext db, string name, Func<CancellationToken, Task<long>> start, CancellationToken ct, int step = 1)
    {
        if (await TryIncrementAsync(db, name, step, ct) is { } value)
        {
            return value;
        }
        var initial = await start(ct);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ReferenceCounters" ("Name", "Value") VALUES ({name}, {initial}) ON CONFLICT ("Name") DO NOTHING""", ct);
        return await TryIncrementAsync(db, name, step, ct) ?? throw new InvalidOperationException($"Counter {name} could not be created.");
    }

    private static async Task<long?> TryIncrementAsync(VerbindingDbContext db, string name, int step, CancellationToken ct)
    {
        var values = await db.Database.SqlQuery<long>(
            $"""UPDATE "ReferenceCounters" SET "Value" = "Value" + {step} WHERE "Name" = {name} RETURNING "Value" AS "Value" """).ToListAsync(ct);
        return values is [var value] ? value : null;
    }
}
