using System.Globalization;
using Verbinding.Assistant.Dialogue.Aangifte;
using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Dialogue.Triage;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Topics;
using static Verbinding.Assistant.Dialogue.Melding.MeldingQuestions;

namespace Verbinding.Assistant.Dialogue.Melding;

/// <summary>
/// The melding dialogue: one question per turn, skipping what the citizen already said, then a summary to confirm.
/// Safety first: for a category that can be dangerous, "is it happening now?" comes right after the category, and a
/// "yes" sends the citizen to 112 (the same rule the web applies when a melding is submitted).
/// </summary>
internal sealed class MeldingFlow(MeldingCategories categories, MunicipalityLookup municipalities)
{
    /// <summary>The citizen's own story, kept for inferring answers and as the default description.</summary>
    private const string Story = "melding.story";
    private const int MinDescriptionWords = 4;

    private readonly MeldingAnswers _answers = new(categories, municipalities);

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static bool IsMeldingTopic(string topic) => topic is TopicIds.MeldingOverlast or TopicIds.MeldingVerdachteSituatie;

    public DialogueTurn Start(DialogueState state, string text, WoutTexts texts, DateTimeOffset now)
    {
        // Chosen with a button (e.g. after the Buurtbemiddeling referral): the story is the message before it.
        var story = QuickReplies.Decode(text) is null ? text.Trim() : state.Transcript.Count >= 2 ? state.Transcript[^2] : null;
        var answers = state.Answers.Where(a => !IsMelding(a.Key)).ToDictionary();
        if (story is not null)
        {
            answers[Story] = story;
            if (story.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinDescriptionWords)
                answers[Description] = story;
            if (MeldingCues.HowOften(story) is { } often)
                answers[When] = often;
            if (AnswerCues.Infer(story, [], now).GetValueOrDefault(AangifteQuestions.HappeningNow) is YesNo.Nee)
                answers[HappeningNow] = YesNo.Nee;
        }
        var category = state.Topic == TopicIds.MeldingVerdachteSituatie ? "verdachte-situatie" : story is null ? null : MeldingCues.Category(story);
        if (category is not null)
            answers[Category] = category;
        FromDetails(state.Details, answers);

        var next = Continue(state with { Answers = answers }, texts);
        var first = next.Replies[0];
        var intro = first with
        {
            Text = $"{texts["melding.intro"]} {first.Text}",
            Actions = [.. first.Actions, MeldingReplies.Form(answers.GetValueOrDefault(Category), texts)],
        };
        return next with { Replies = [intro, .. next.Replies.Skip(1)] };
    }

    /// <summary>Stores the answer to the open question; null when the message does not answer it.</summary>
    public DialogueState? Take(DialogueState state, string text, QuickReply? quick, IReadOnlyList<Entity> entities) =>
        _answers.Take(state, text, quick, entities);

    /// <summary>Whether any typed text answers the open question (then the message is never taken for a new topic).</summary>
    public static bool TakesText(string pending) => pending is Address or When or Description;

    /// <summary>The next question, the summary, the 112 advice, or the confirmed draft.</summary>
    public DialogueTurn Continue(DialogueState state, WoutTexts texts)
    {
        var answers = new Dictionary<string, string>(state.Answers);
        var category = categories.Find(answers.GetValueOrDefault(Category));
        if (category is not null)
            InferFollowUps(category, answers);
        state = state with { Answers = answers };

        if (category is { DangerousWhenNow: true } && answers.GetValueOrDefault(HappeningNow) == YesNo.Ja)
        {
            return new DialogueTurn([DialogueEngine.Emergency(texts), new WoutReply(texts["emergency.later"], state.Topic!, [])],
                state with { PendingQuestion = null, Answers = WithoutMelding(answers) }, null);
        }
        switch (answers.GetValueOrDefault(Confirm))
        {
            case YesNo.Ja:
                return new DialogueTurn([], state with { PendingQuestion = null }, null, Draft(category!, answers, state.Language, texts));
            case YesNo.Nee or YesNo.Onbekend:
                return new DialogueTurn([new WoutReply(texts["melding.cancelled"], state.Topic!, [MeldingReplies.Form(category?.Id, texts)])],
                    state with { PendingQuestion = null, Answers = WithoutMelding(answers) }, null);
        }
        var next = Next(category, answers);
        return new DialogueTurn([MeldingReplies.Question(next, categories, state, texts)], state with { PendingQuestion = next }, null);
    }

    /// <summary>The open question again, after an answer Wout did not understand.</summary>
    public WoutReply Ask(DialogueState state, WoutTexts texts)
    {
        var question = MeldingReplies.Question(state.PendingQuestion!, categories, state, texts);
        return question with { Text = $"{texts["melding.hint"]} {question.Text}" };
    }

    /// <summary>Forgets the answer the host's validation refused (and the confirmation), so only that is asked again.</summary>
    public static DialogueState Forget(DialogueState state, string question)
    {
        var answers = new Dictionary<string, string>(state.Answers);
        foreach (var key in Parts(question).Append(Confirm))
            answers.Remove(key);
        return state with { Answers = answers };
    }

    public static IReadOnlyDictionary<string, string> WithoutMelding(IReadOnlyDictionary<string, string> answers) =>
        answers.Where(a => !IsMelding(a.Key)).ToDictionary();

    private static string Next(MeldingCategory? category, Dictionary<string, string> answers)
    {
        if (category is null)
            return Category;
        if (category.DangerousWhenNow && !answers.ContainsKey(HappeningNow))
            return HappeningNow;
        var order = new[] { Municipality, Address, When }
            .Concat(category.Questions.Where(q => q.Required).Select(q => ForCategoryQuestion(q.Id)))
            .Concat([Description, Contact]);
        if (order.FirstOrDefault(q => !answers.ContainsKey(q)) is { } open)
            return open;
        return answers[Contact] == YesNo.Ja && !answers.ContainsKey(Email) && !answers.ContainsKey(Phone) ? ContactDetails : Confirm;
    }

    private void FromDetails(IReadOnlyDictionary<string, string> details, Dictionary<string, string> answers)
    {
        if (municipalities.Find(details.GetValueOrDefault("place"))?.Name is { } municipality)
            answers[Municipality] = municipality;
        if (details.GetValueOrDefault("address") is { } address)
        {
            var parsed = MeldingPlace.Address("", [new Entity(EntityKind.Address, address, address, 0, address.Length)])!;
            answers[Address] = YesNo.Ja;
            answers[Street] = parsed.Street!;
            answers[HouseNumber] = parsed.HouseNumber!;
            if (address.Split(',') is [_, var city] && municipalities.Find(city.Trim()) is { } found)
                answers[Municipality] = found.Name;
        }
        if (details.GetValueOrDefault("date") is { } date
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var time = TimeOnly.TryParseExact(details.GetValueOrDefault("time"), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : default;
            var local = day.ToDateTime(time);
            answers[OccurredAt] = new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToString("o", CultureInfo.InvariantCulture);
            answers.TryAdd(When, details.ContainsKey("time") ? $"{date} {details["time"]}" : date);
        }
    }

    /// <summary>Options the story or the "when" answer already names ("de buren" = a home, "elke nacht" = daily).</summary>
    private static void InferFollowUps(MeldingCategory category, Dictionary<string, string> answers)
    {
        var said = $"{answers.GetValueOrDefault(Story)} . {answers.GetValueOrDefault(When)}";
        foreach (var question in category.Questions.Where(q => q.Type == "choice"))
        {
            if (MeldingCues.Option(question, said) is { } option)
                answers.TryAdd(ForCategoryQuestion(question.Id), option);
        }
    }

    private static MeldingDraft Draft(MeldingCategory category, Dictionary<string, string> answers, string language, WoutTexts texts)
    {
        string? Get(string key) => answers.GetValueOrDefault(key);
        var description = Get(Description)!;
        if (Get(When) is { } when && !description.Contains(when, StringComparison.OrdinalIgnoreCase))
            description += $" ({texts["melding.summary.when"]}: {when})";
        var followUps = answers
            .Where(a => CategoryQuestionId(a.Key) is not null)
            .ToDictionary(a => CategoryQuestionId(a.Key)!, a => a.Value);
        DateTimeOffset? occurred = Get(OccurredAt) is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null;
        return new MeldingDraft(category.Id, description, Get(Municipality), Get(Street), Get(HouseNumber), Get(Postcode),
            Get(PlaceDescription), occurred, Get(HappeningNow) == YesNo.Ja, Get(Email), Get(Phone), language, followUps);
    }

}
