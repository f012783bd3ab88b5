using Verbinding.Assistant.Dialogue.Aangifte;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Assistant.Dialogue.Triage;

/// <summary>
/// Wout's one view of the triage engine: which questions matter for a topic, which one to ask next, and the ordered
/// options for what the citizen said so far. The rules are the policy's (reference/triage); nothing is decided here.
/// </summary>
public sealed class WoutTriage
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private readonly TriageEngine _engine;
    private readonly MunicipalityLookup _municipalities;
    private readonly IReadOnlySet<string> _aangifteTopics;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _questions;
    private readonly IReadOnlyDictionary<string, LocalizedText> _questionTexts;

    public WoutTriage(TriageEngine engine, MunicipalityLookup municipalities)
    {
        _engine = engine;
        _municipalities = municipalities;
        var national = engine.Policies.National;
        _aangifteTopics = national.TopicGroups.GetValueOrDefault("aangifte")?.ToHashSet() ?? [];
        // Urgent questions first whatever the data's order (safety); age is a number, asked by the forms, not by Wout.
        _questions = national.Topics.ToDictionary(t => t.Id, t => (IReadOnlyList<string>)t.Questions
            .OrderBy(q => AnswerNames.Urgent.Contains(q) ? 0 : 1)
            .Select(AangifteQuestions.ForAnswerName).OfType<string>().ToList());
        _questionTexts = national.Questions.ToDictionary(q => q.Id, q => q.Text);
    }

    public static WoutTriage Default { get; } = new(new TriageEngine(EmbeddedTriagePolicy.Load()), MunicipalityLookup.Default);

    /// <summary>Topics handled by asking questions before offering a route: the policy's "aangifte" group.</summary>
    public bool IsAangifteFlow(string topic) => _aangifteTopics.Contains(topic);

    public bool Knows(string topic) => _questions.ContainsKey(topic);

    public IReadOnlyList<string> Questions(string topic) => _questions.GetValueOrDefault(topic) ?? [];

    public string QuestionText(string question, string language) =>
        _questionTexts[AangifteQuestions.AnswerName(question)].For(language);

    public TriageResult Evaluate(string topic, IReadOnlyDictionary<string, string> answers, DateTimeOffset now,
        IReadOnlyDictionary<string, string> details)
    {
        var municipality = _municipalities.Find(details.GetValueOrDefault("place"));
        return _engine.Evaluate(new TriageSituation(
            Topic: topic,
            Answers: AangifteQuestions.ToTriage(answers),
            LocalTime: TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Amsterdam).DateTime),
            Channel: Channels.Webchat,
            Eenheid: municipality?.Eenheid,
            MunicipalityCode: municipality?.Code));
    }

    /// <summary>
    /// The next question worth asking, or null when the route is decided. Urgent questions are always asked; any other
    /// only when a "yes" or "no" would change the first option offered, so Wout never asks more than it needs.
    /// </summary>
    public string? NextQuestion(string topic, IReadOnlyDictionary<string, string> answers, DateTimeOffset now,
        IReadOnlyDictionary<string, string> details)
    {
        var current = Evaluate(topic, answers, now, details);
        if (IsEmergency(current))
            return null;
        var head = Head(current);
        foreach (var question in Questions(topic).Where(q => !answers.ContainsKey(q)))
        {
            if (AnswerNames.Urgent.Contains(AangifteQuestions.AnswerName(question)))
                return question;
            foreach (var answer in (string[])[YesNo.Ja, YesNo.Nee])
            {
                var alternative = new Dictionary<string, string>(answers) { [question] = answer };
                if (Head(Evaluate(topic, alternative, now, details)) != head)
                    return question;
            }
        }
        return null;
    }

    public static bool IsEmergency(TriageResult result) =>
        result.Options.Count > 0 && result.Options[0].Intervention == Interventions.Spoed112;

    private static (string, string?, string?)? Head(TriageResult result) =>
        result.Options.Count == 0 ? null : (result.Options[0].Intervention, result.Options[0].Partner, result.Options[0].Href);
}
