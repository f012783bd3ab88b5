using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Evaluation;

/// <summary>
/// Everything triage looks at. <see cref="Eenheid"/> selects the unit's overrides (null: national policy only);
/// <see cref="LocalTime"/> is Dutch local time, passed in so the engine stays pure.
/// </summary>
public sealed record TriageSituation(
    string Topic,
    TriageAnswers Answers,
    TimeOnly LocalTime,
    string Channel = Channels.Web,
    string? Eenheid = null,
    string? MunicipalityCode = null)
{
    /// <summary>The safety invariant's trigger: the 112 topic, or "yes" to any urgent question.</summary>
    public bool IsUrgent =>
        Topic == Interventions.Spoed112 || AnswerNames.Urgent.Any(a => Answers.Get(a) == true);
}
