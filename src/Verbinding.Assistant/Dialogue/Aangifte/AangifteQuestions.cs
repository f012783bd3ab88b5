using Verbinding.Triage.Evaluation;

namespace Verbinding.Assistant.Dialogue.Aangifte;

/// <summary>
/// Wout's ids for the triage questions: the keys in <see cref="DialogueState.Answers"/> (kept stable, so stored
/// conversations stay readable), mapped to the triage engine's <see cref="AnswerNames"/>.
/// </summary>
public static class AangifteQuestions
{
    public const string HappeningNow = "happening-now";
    public const string Danger = "danger";
    public const string SuspectKnown = "suspect-known";
    public const string Violence = "violence";
    public const string InsideHome = "inside-home";
    public const string TracesOrCamera = "traces-or-camera";
    public const string PoliceAttended = "police-attended";
    public const string IdDocumentsStolen = "id-documents-stolen";
    public const string SellerResponds = "seller-responds";
    public const string Vulnerable = "vulnerable";

    private static readonly Dictionary<string, string> ToAnswerName = new()
    {
        [HappeningNow] = AnswerNames.HappeningNow,
        [Danger] = AnswerNames.Danger,
        [SuspectKnown] = AnswerNames.SuspectKnown,
        [Violence] = AnswerNames.Violence,
        [InsideHome] = AnswerNames.InHome,
        [TracesOrCamera] = AnswerNames.TracesOrCamera,
        [PoliceAttended] = AnswerNames.PoliceAttended,
        [IdDocumentsStolen] = AnswerNames.IdDocumentStolen,
        [SellerResponds] = AnswerNames.SellerResponds,
        [Vulnerable] = AnswerNames.Vulnerable,
    };

    private static readonly Dictionary<string, string> FromAnswerName = ToAnswerName.ToDictionary(p => p.Value, p => p.Key);

    public static IReadOnlyCollection<string> All => ToAnswerName.Keys;

    public static string AnswerName(string question) => ToAnswerName[question];

    /// <summary>Wout's id for a triage answer name; null for answers Wout does not ask as yes/no (age).</summary>
    public static string? ForAnswerName(string answerName) => FromAnswerName.GetValueOrDefault(answerName);

    /// <summary>The answers in the engine's terms: "ja" true, "nee" false, "onbekend" null (never matches a rule).</summary>
    public static TriageAnswers ToTriage(IReadOnlyDictionary<string, string> answers) => TriageAnswers.From(answers
        .Where(a => ToAnswerName.ContainsKey(a.Key))
        .ToDictionary(a => ToAnswerName[a.Key], a => a.Value switch { YesNo.Ja => true, YesNo.Nee => (bool?)false, _ => null }));
}
