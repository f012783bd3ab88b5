using Verbinding.Triage.Simulation;
using static Verbinding.Triage.Tests.ShippedPolicy;

namespace Verbinding.Triage.Tests;

/// <summary>
/// The situation table (reference/triage/situations.json) against the shipped policy: every row's first option. The
/// admin policy page runs the same rows to show what a draft would change.
/// </summary>
public sealed class SituationTableTests
{
    private static readonly IReadOnlyList<SituationCase> Table = SituationTable.Load(Path.Combine(ShippedPolicy.Directory, "situations.json"));

    [Fact]
    public void The_table_has_at_least_120_distinct_situations()
    {
        Assert.True(Table.Count >= 120, $"only {Table.Count} situations");
        Assert.Equal(Table.Count, Table.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Every_situation_gets_the_expected_first_option()
    {
        var wrong = Table
            .Select(s => (s.Id, s.Expect, Actual: SituationCase.FirstOf(Engine.Evaluate(s.ToSituation()))))
            .Where(x => x.Expect != x.Actual)
            .Select(x => $"{x.Id}: expected {x.Expect}, got {x.Actual}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Simulating_the_published_policy_against_itself_changes_nothing() =>
        Assert.Empty(PolicySimulation.Compare(Set, Set, Table).Changes);

    [Fact]
    public void Simulation_lists_the_situations_a_unit_override_changes()
    {
        var withoutZwb = Evaluation.TriagePolicySet.Create(National, [], Partners);

        var result = PolicySimulation.Compare(withoutZwb, Set, Table);

        Assert.Equal(Table.Count, result.Total);
        Assert.All(result.Changes, c => Assert.Equal(("zeeland-west-brabant", "aangifte-thuis"), (c.Situation.Eenheid, c.After.Intervention)));
        Assert.Equal(10, result.Changes.Count);
    }
}
