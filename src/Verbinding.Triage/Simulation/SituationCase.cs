using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Simulation;

/// <summary>The first option a situation should get: the intervention and, where one is meant, the partner.</summary>
public sealed record ExpectedOption(string Intervention, string? Partner = null)
{
    public override string ToString() => Partner is null ? Intervention : $"{Intervention} ({Partner})";
}

/// <summary>
/// One row of the situation table (<c>reference/triage/situations.json</c>): what a citizen tells us, where and when,
/// and the first option Dutch police practice expects. The engine tests run it; the policy page simulates drafts on it.
/// </summary>
public sealed record SituationCase(
    string Id,
    string Topic,
    ExpectedOption Expect,
    TriageAnswers? Answers = null,
    string? Eenheid = null,
    string? Municipality = null,
    string Channel = Channels.Web,
    string Time = "12:00",
    string? Note = null)
{
    public TriageSituation ToSituation() =>
        new(Topic, Answers ?? TriageAnswers.None, TimeOnly.Parse(Time, System.Globalization.CultureInfo.InvariantCulture), Channel, Eenheid, Municipality);

    public static ExpectedOption FirstOf(TriageResult result) =>
        result.Options.Count == 0 ? new ExpectedOption("-") : new ExpectedOption(result.Options[0].Intervention, result.Options[0].Partner);
}
