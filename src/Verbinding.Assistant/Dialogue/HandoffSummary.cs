using System.Text;
using Verbinding.Assistant.Dialogue.Texts;

namespace Verbinding.Assistant.Dialogue;

/// <summary>
/// The few lines a webcare colleague reads when taking over: why, which topic, the details and answers so far,
/// and the citizen's last messages. Agent-facing, so always Dutch, whatever language the citizen uses.
/// </summary>
public static class HandoffSummary
{
    private static readonly Dictionary<string, string> Reasons = new()
    {
        [HandoffReasons.CitizenAsked] = "de burger vraagt om een medewerker",
        [HandoffReasons.NotUnderstood] = "Wout begrijpt de burger herhaaldelijk niet",
        [HandoffReasons.Distress] = "signalen van angst, verdriet of boosheid",
    };

    private static readonly Dictionary<string, string> Questions = new()
    {
        ["happening-now"] = "gebeurt het nu",
        ["danger"] = "iemand in gevaar of gewond",
        ["suspect-known"] = "dader bekend",
        ["violence"] = "geweld gebruikt",
        ["inside-home"] = "in een woning",
        ["traces-or-camera"] = "sporen of camerabeelden",
        ["police-attended"] = "politie al geweest",
        ["id-documents-stolen"] = "identiteitsbewijs gestolen",
        ["seller-responds"] = "verkoper reageert nog",
        ["vulnerable"] = "heeft extra hulp nodig",
    };

    public static string Build(DialogueState state, string reason, WoutTexts dutch)
    {
        var summary = new StringBuilder();
        summary.AppendLine($"Reden overdracht: {Reasons.GetValueOrDefault(reason, reason)}");
        summary.AppendLine($"Onderwerp: {state.Topic ?? "onbekend"}" + (state.Topic is null ? "" : $" ({dutch.Label(state.Topic)})"));
        summary.AppendLine($"Taal van de burger: {(state.Language == Languages.English ? "Engels" : "Nederlands")}");
        if (state.Details.Count > 0)
            summary.AppendLine($"Gegevens: {Prefill.Describe(state.Details, key => dutch[$"detail.{key}"])}");
        if (state.Answers.Count > 0)
            summary.AppendLine("Antwoorden: " + string.Join(", ", state.Answers.Select(a => $"{Questions.GetValueOrDefault(a.Key, a.Key)}: {a.Value}")));
        summary.AppendLine("Laatste berichten van de burger:");
        foreach (var message in state.Transcript)
            summary.AppendLine($"- \"{message}\"");
        return summary.ToString().TrimEnd();
    }
}
