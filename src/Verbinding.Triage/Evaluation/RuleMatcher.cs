using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Evaluation;

/// <summary>Decides whether one decision-table row applies to a situation.</summary>
internal static class RuleMatcher
{
    public static bool Matches(ResolvedRule resolved, TriageSituation s)
    {
        var when = resolved.Rule.When;
        return (resolved.Topics is null || resolved.Topics.Contains(s.Topic))
            && when.Answers.All(a => s.Answers.Get(a.Key) == a.Value)
            && (when.Any.Count == 0 || when.Any.Any(a => s.Answers.Get(a.Key) == a.Value))
            && (when.AgeBelow is null || s.Answers.Age < when.AgeBelow)
            && (when.AgeAtLeast is null || s.Answers.Age >= when.AgeAtLeast)
            && (when.Channels.Count == 0 || when.Channels.Contains(s.Channel))
            && (when.Municipalities.Count == 0 || (s.MunicipalityCode is { } code && when.Municipalities.Contains(code)))
            && (when.During is null || (TimeWindow.TryParse(when.During, out var during) && during.Contains(s.LocalTime)))
            && (when.Outside is null || (TimeWindow.TryParse(when.Outside, out var outside) && !outside.Contains(s.LocalTime)));
    }
}
