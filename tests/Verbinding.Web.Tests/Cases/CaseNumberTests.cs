using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Infrastructure.Data.Counters;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Cases;

/// <summary>Case numbers come from blocks each node reserves: never shared between nodes, never handed out twice.</summary>
public sealed class CaseNumberTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_nodes_drawing_case_numbers_in_parallel_never_share_one_and_reserve_ten_at_a_time()
    {
        await using var app = await VerbindingApplication.StartAsync();
        CounterBlocks[] nodes = [new(), new()];

        var numbers = await Task.WhenAll(Enumerable.Range(0, 60)
            .Select(i => app.WithDbAsync(db => CaseNumbers.NextAsync(db, nodes[i % 2], 2031, Ct))));

        // Sixty different numbers, and no gaps while both nodes use up their blocks.
        Assert.Equal(Enumerable.Range(1, 60).Select(i => CaseNumbers.Format(2031, i)), numbers.Order(StringComparer.Ordinal));
        // 30 numbers per node, three blocks of ten each: the database was asked six times, not sixty.
        Assert.Equal(60, await CounterAsync(app, "zaak-2031"));
    }

    [Fact]
    public async Task A_number_drawn_in_a_transaction_that_is_rolled_back_is_given_back_not_handed_out_from_a_lost_block()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var node = new CounterBlocks();

        var numbers = await app.WithDbAsync(async db =>
        {
            string inRolledBack;
            await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
            {
                inRolledBack = await CaseNumbers.NextAsync(db, node, 2032, Ct);
                await transaction.RollbackAsync(Ct);
            }
            return new[] { inRolledBack, await CaseNumbers.NextAsync(db, node, 2032, Ct), await CaseNumbers.NextAsync(db, node, 2032, Ct) };
        });

        Assert.Equal(["ZK-2032-000001", "ZK-2032-000001", "ZK-2032-000002"], numbers);
        Assert.Equal(10, await CounterAsync(app, "zaak-2032"));
    }

    private static Task<long> CounterAsync(VerbindingApplication app, string name) =>
        app.WithDbAsync(db => db.Database.SqlQuery<long>($"""SELECT "Value" AS "Value" FROM "ReferenceCounters" WHERE "Name" = {name}""").SingleAsync(Ct));
}
