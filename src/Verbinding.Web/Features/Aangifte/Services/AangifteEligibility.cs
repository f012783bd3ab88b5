using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Triage;

namespace Verbinding.Web.Features.Aangifte;

public enum EligibilityVerdict
{
    /// <summary>Online aangifte is the first advice: start the wizard.</summary>
    Online,

    /// <summary>Another route comes first (e.g. Juridisch Loket), but online stays possible: offer "report anyway".</summary>
    OnlineAfterAdvice,

    /// <summary>13-15 years: online is fine once a parent knows.</summary>
    NeedsParent,

    /// <summary>Not online: show the options the triage engine gives (112 first when urgent).</summary>
    Elsewhere,
}

public sealed record EligibilityOutcome(EligibilityVerdict Verdict, TriageResult Triage)
{
    public bool IsUrgent => Triage.Options.FirstOrDefault()?.Intervention == Interventions.Spoed112;
}

/// <summary>
/// "Eligibility before effort": the triage engine decides, on the type's triage topic, whether online aangifte is
/// offered at all; this adds only the rule triage has no answer for (13-15 years: with a parent's knowledge).
/// </summary>
public sealed class AangifteEligibility(TriageService triage)
{
    public const int ParentReportsBelow = 13;
    public const int ParentKnowsBelow = 16;

    public IReadOnlyList<QuestionDefinition> Questions(AangifteType type)
    {
        var national = triage.Policies.National;
        var topic = national.Topics.Single(t => t.Id == type.TriageTopic);
        return topic.Questions.Select(q => national.Questions.Single(d => d.Id == q)).ToList();
    }

    public EligibilityOutcome Evaluate(AangifteType type, TriageAnswers answers, bool parentInformed)
    {
        var result = triage.Evaluate(type.TriageTopic, answers, municipality: null);
        var online = result.Options.FirstOrDefault(o => o.Intervention == Interventions.AangifteOnline);
        if (!type.OnlineAllowed || online is null)
        {
            return new EligibilityOutcome(EligibilityVerdict.Elsewhere, result);
        }
        if (answers.Age is >= ParentReportsBelow and < ParentKnowsBelow && !parentInformed)
        {
            return new EligibilityOutcome(EligibilityVerdict.NeedsParent, result);
        }
        return new EligibilityOutcome(result.Options[0] == online ? EligibilityVerdict.Online : EligibilityVerdict.OnlineAfterAdvice, result);
    }
}
