using Verbinding.Assistant.Dialogue.Aangifte;
using Verbinding.Assistant.Dialogue.Melding;
using Verbinding.Assistant.Dialogue.Referral;
using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Dialogue.Triage;
using Verbinding.Assistant.Knowledge;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Dialogue;

/// <summary>
/// Wout's conversation layer: takes the state and one citizen message, returns what Wout says and the new state.
/// Order of precedence each turn: emergency (112 first, always), silence after a handoff, distress,
/// a request for a colleague, the pending yes/no question, then the understood topic.
/// </summary>
public sealed partial class DialogueEngine(
    IMessageUnderstanding understanding,
    KnowledgeBase knowledge,
    PartnerDirectory partners,
    WoutTextCatalog catalog,
    WoutTriage triage)
{
    private static readonly MeldingFlow MeldingDialogue = new(MeldingCategories.Default, MunicipalityLookup.Default);
    private readonly TopicResponder _responder = new(knowledge, partners, triage, MeldingDialogue);

    public DialogueEngine(IMessageUnderstanding understanding)
        : this(understanding, KnowledgeBase.Default, PartnerDirectory.Default, WoutTextCatalog.Default, WoutTriage.Default)
    {
    }

    public DialogueTurn Greeting(string language)
    {
        var state = DialogueState.Start(language);
        var texts = catalog.For(state.Language);
        var actions = texts.Topic(TopicIds.Begroeting)?.Actions ?? [];
        return new DialogueTurn([new WoutReply(texts["greeting"], TopicIds.Begroeting, actions)], state, null);
    }

    public DialogueTurn Reply(DialogueState state, string text, DateTimeOffset now)
    {
        var quick = QuickReplies.Decode(text);
        var understood = quick is null
            ? understanding.Understand(text, now)
            : new MessageUnderstanding(quick.Topic ?? TopicIds.Onbekend, 1, state.Language, false, [], []);
        var language = quick is null ? Languages.Choose(state, understood.Language, text) : state.Language;
        var texts = catalog.For(language);
        state = state.WithMessage(Readable(text, quick, texts)) with
        {
            Language = language,
            Details = Prefill.Merge(state.Details, understood.Entities),
        };

        if (understood.Emergency || understood.Topic == TopicIds.Spoed112)
        {
            var replies = new List<WoutReply> { Emergency(texts) };
            if (!state.HandedOff)
                replies.Add(new WoutReply(texts["emergency.later"], TopicIds.Spoed112, []));
            return new DialogueTurn(replies, state with { Topic = TopicIds.Spoed112, PendingQuestion = null, Misunderstandings = 0 }, null);
        }
        if (state.HandedOff)
            return new DialogueTurn([], state, null); // a colleague answers now; Wout must not talk over them

        var topic = understood.Topic;
        if (quick is null && DistressSignals.Detect(text))
            return Handoff(state with { Topic = Known(topic) ?? state.Topic }, HandoffReasons.Distress, texts);
        if (topic == TopicIds.GesprekMedewerker)
            return Handoff(state, HandoffReasons.CitizenAsked, texts);

        if (MeldingQuestions.IsMelding(state.PendingQuestion) && AnswerMelding(state, text, quick, understood, texts) is { } melding)
            return melding;

        if (IsAwaitingAnswer(state) && AnswerPending(state, text, quick, understood, now) is { } answered)
            return answered;

        if (state.PendingQuestion == DialogueState.ClarifyQuestion && topic == TopicIds.Onbekend)
            topic = state.OfferedTopics.FirstOrDefault(t => string.Equals(texts.Label(t), text.Trim(), StringComparison.OrdinalIgnoreCase)) ?? topic;

        if (Known(topic) is null)
            return Clarify(state, understood, texts);

        var switched = topic != state.Topic;
        state = state with
        {
            Topic = topic,
            Answers = switched ? new Dictionary<string, string>() : state.Answers,
            PendingQuestion = null,
            OfferedTopics = [],
            Misunderstandings = 0,
        };
        return _responder.Respond(state, text, understood, texts, now);
    }

    private bool IsAwaitingAnswer(DialogueState state) =>
        state.PendingQuestion is { } pending && pending != DialogueState.ClarifyQuestion
        && state.Topic is { } topic && triage.IsAangifteFlow(topic);

    /// <summary>Handles a message while a yes/no question is open; null when the citizen moved on to another topic.</summary>
    private DialogueTurn? AnswerPending(
        DialogueState state, string text, QuickReply? quick, MessageUnderstanding understood, DateTimeOffset now)
    {
        var pending = state.PendingQuestion!;
        var texts = catalog.For(state.Language);
        var answer = quick?.Answer ?? (quick is null ? YesNo.Parse(text) : null);
        if (answer is { } given)
            return _responder.ContinueAangifte(state.WithAnswer(pending, YesNo.ToAnswer(given)), texts, text, understood.Entities, now, first: false);

        if (understood.Topic != state.Topic && understood.Topic != TopicIds.Onbekend)
        {
            // A side question ("do I need DigiD?") is answered, then the open question is asked again,
            // so the citizen does not lose the answers given so far.
            if (TopicResponder.IsInformational(understood.Topic) && _responder.Inform(text, understood.Topic, texts) is { } info)
                return new DialogueTurn([info, AangifteReplies.Question(pending, state.Topic!, texts, triage, first: false)], state, null);
            return null;
        }

        var inferred = AnswerCues.Infer(text, understood.Entities, now);
        if (inferred.ContainsKey(pending) || understood.Topic == state.Topic)
            return _responder.ContinueAangifte(state, texts, text, understood.Entities, now, first: false);

        state = state with { Misunderstandings = state.Misunderstandings + 1 };
        if (state.Misunderstandings >= 2)
            return Handoff(state, HandoffReasons.NotUnderstood, texts);
        var question = AangifteReplies.Question(pending, state.Topic!, texts, triage, first: false);
        return new DialogueTurn([question with { Text = $"{texts["question.hint"]} {question.Text}" }], state, null);
    }

    private DialogueTurn Clarify(DialogueState state, MessageUnderstanding understood, WoutTexts texts)
    {
        state = state with { Misunderstandings = state.Misunderstandings + 1 };
        if (state.Misunderstandings >= 2)
            return Handoff(state, HandoffReasons.NotUnderstood, texts);

        var candidates = Clarification.Candidates(understood);
        var reply = Clarification.Ask(candidates, texts);
        return new DialogueTurn([reply], state with { PendingQuestion = DialogueState.ClarifyQuestion, OfferedTopics = candidates }, null);
    }

    private DialogueTurn Handoff(DialogueState state, string reason, WoutTexts texts)
    {
        IReadOnlyList<ReplyAction> actions = reason == HandoffReasons.Distress
            ? [new ReplyAction(texts["emergency.action"], "tel:112", ActionKinds.Phone)]
            : [];
        var summary = HandoffSummary.Build(state, reason, catalog.For(Languages.Dutch));
        var reply = new WoutReply(texts[$"handoff.{reason}"], TopicIds.GesprekMedewerker, actions);
        return new DialogueTurn([reply], state with { HandedOff = true, PendingQuestion = null }, new HandoffRequest(reason, summary));
    }

    internal static WoutReply Emergency(WoutTexts texts) =>
        new(texts["emergency.call112"], TopicIds.Spoed112, [new ReplyAction(texts["emergency.action"], "tel:112", ActionKinds.Phone)]);

    private static string? Known(string topic) => TopicIds.IsKnown(topic) ? topic : null;

    private static string Readable(string text, QuickReply? quick, WoutTexts texts) => quick switch
    {
        { Topic: { } topic } => texts.Label(topic),
        { Choice: { } choice } => choice,
        { Answer: { } answer } => texts[answer switch { YesNoAnswer.Yes => "answer.yes", YesNoAnswer.No => "answer.no", _ => "answer.unknown" }],
        _ => text.Trim(),
    };
}
