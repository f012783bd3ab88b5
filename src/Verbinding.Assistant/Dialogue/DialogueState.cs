namespace Verbinding.Assistant.Dialogue;

/// <summary>
/// Everything Wout remembers of a conversation. Pure data: a channel stores it (e.g. as JSON) between messages
/// and passes it back; the engine never keeps state itself.
/// </summary>
/// <param name="Language">"nl" or "en": the language Wout answers in.</param>
/// <param name="Topic">The topic being handled, or null before the first understood message.</param>
/// <param name="Answers">Eligibility answers by question id (see <c>AangifteQuestions</c>): "ja", "nee" or "onbekend".</param>
/// <param name="Details">
/// Details the citizen gave, keyed for prefilling the web form (date, time, place, amount, brand, iban, ...).
/// The web reads this dictionary when the citizen follows the online-aangifte link.
/// </param>
/// <param name="PendingQuestion">The eligibility question id Wout is waiting on, "clarify" after a clarifying question, or null.</param>
/// <param name="OfferedTopics">Topics offered in the last clarifying question.</param>
/// <param name="Misunderstandings">Misunderstood messages in a row.</param>
/// <param name="HandedOff">A colleague took over: Wout stays silent except for emergencies.</param>
/// <param name="Turns">Citizen messages handled.</param>
/// <param name="Transcript">The last few citizen messages, for the handoff summary.</param>
public sealed record DialogueState(
    string Language,
    string? Topic,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string> Details,
    string? PendingQuestion,
    IReadOnlyList<string> OfferedTopics,
    int Misunderstandings,
    bool HandedOff,
    int Turns,
    IReadOnlyList<string> Transcript)
{
    public const string ClarifyQuestion = "clarify";
    public const int TranscriptLength = 6;

    public static DialogueState Start(string language) => new(
        Languages.Normalise(language, Languages.Dutch),
        null,
        new Dictionary<string, string>(),
        new Dictionary<string, string>(),
        null,
        [],
        0,
        false,
        0,
        []);

    public DialogueState WithAnswer(string question, string answer) =>
        this with { Answers = new Dictionary<string, string>(Answers) { [question] = answer } };

    public DialogueState WithMessage(string text) =>
        this with { Transcript = [.. Transcript.Append(text).TakeLast(TranscriptLength)], Turns = Turns + 1 };
}
