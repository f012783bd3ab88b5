using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Evaluation;

/// <summary>
/// The one rule that is code, not data: when something is happening now or someone is in danger, 112 is the first
/// option, whatever any rule, exclusion or regional override says. Data can add to this, never take it away.
/// </summary>
internal static class SafetyInvariant
{
    public static IReadOnlyList<TriageOption> Apply(IReadOnlyList<TriageOption> options, TriageSituation situation, TriageOption emergency)
    {
        if (!situation.IsUrgent)
        {
            return options;
        }
        var first = options.FirstOrDefault(o => o.Intervention == Interventions.Spoed112) ?? emergency;
        return [first, .. options.Where(o => o.Intervention != Interventions.Spoed112)];
    }
}
