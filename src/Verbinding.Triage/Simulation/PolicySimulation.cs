using Verbinding.Triage.Evaluation;

namespace Verbinding.Triage.Simulation;

/// <summary>A situation whose first option differs between the published policy and a draft.</summary>
public sealed record SituationChange(SituationCase Situation, ExpectedOption Before, ExpectedOption After);

/// <summary>How a draft would change the answers for the situation table ("12 of 130 situations change").</summary>
public sealed record SimulationResult(int Total, IReadOnlyList<SituationChange> Changes);

public static class PolicySimulation
{
    /// <summary>Runs every situation against both policies and keeps those whose first option (or partner) changes.</summary>
    public static SimulationResult Compare(TriagePolicySet published, TriagePolicySet draft, IReadOnlyList<SituationCase> situations)
    {
        var before = new TriageEngine(published);
        var after = new TriageEngine(draft);
        var changes = new List<SituationChange>();
        foreach (var situation in situations)
        {
            var s = situation.ToSituation();
            var was = First(before, s);
            var becomes = First(after, s);
            if (was != becomes)
            {
                changes.Add(new SituationChange(situation, was, becomes));
            }
        }
        return new SimulationResult(situations.Count, changes);
    }

    // A topic the draft removed has no answer any more: shown as "-" rather than failing the simulation.
    private static ExpectedOption First(TriageEngine engine, TriageSituation situation) =>
        engine.Policies.National.Topics.Any(t => t.Id == situation.Topic)
            ? SituationCase.FirstOf(engine.Evaluate(situation))
            : new ExpectedOption("-");
}
