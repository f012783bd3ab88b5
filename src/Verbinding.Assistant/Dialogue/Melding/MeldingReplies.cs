using Verbinding.Assistant.Dialogue.Aangifte;
using Verbinding.Assistant.Dialogue.Texts;

namespace Verbinding.Assistant.Dialogue.Melding;

/// <summary>One melding question at a time, with buttons where the answer is one of a few.</summary>
internal static class MeldingReplies
{
    public static WoutReply Question(string question, MeldingCategories categories, DialogueState state, WoutTexts texts)
    {
        var topic = state.Topic!;
        var category = categories.Find(state.Answers.GetValueOrDefault(MeldingQuestions.Category));
        if (MeldingQuestions.CategoryQuestionId(question) is { } id && category?.Questions.FirstOrDefault(q => q.Id == id) is { } asked)
        {
            var label = asked.Label.For(texts.Language);
            return asked.Type switch
            {
                "choice" => new WoutReply(label, topic, [.. asked.Choices.Select(o => Choice(o.Label.For(texts.Language), o.Id))]),
                "yesno" => YesNoQuestion(label, topic, texts),
                _ => new WoutReply(label, topic, []),
            };
        }
        return question switch
        {
            MeldingQuestions.Category => new WoutReply(texts[question], topic,
                [.. categories.All.Select(c => Choice(c.Title.For(texts.Language), c.Id))]),
            MeldingQuestions.HappeningNow => YesNoQuestion(texts[question], topic, texts),
            MeldingQuestions.Contact => new WoutReply(texts[question], topic,
            [
                Choice(texts["melding.contact.email"], ContactChoices.Email),
                Choice(texts["melding.contact.phone"], ContactChoices.Phone),
                Choice(texts["melding.contact.anonymous"], ContactChoices.Anonymous),
            ]),
            MeldingQuestions.Confirm => new WoutReply(texts.Format("melding.summary", Summary(state, categories, texts)), topic,
            [
                new(texts["melding.send"], AangifteReplies.AnswerHrefPrefix + YesNo.Ja, ActionKinds.QuickReply),
                new(texts["answer.no"], AangifteReplies.AnswerHrefPrefix + YesNo.Nee, ActionKinds.QuickReply),
            ]),
            _ => new WoutReply(texts[question], topic, []),
        };
    }

    /// <summary>The form, for citizens who prefer to type it all at once; with the category when Wout knows it.</summary>
    public static ReplyAction Form(string? category, WoutTexts texts) =>
        new(texts["melding.form"], category is null ? "/melding/nieuw" : $"/melding/nieuw?category={Uri.EscapeDataString(category)}", ActionKinds.Route);

    private static string Summary(DialogueState state, MeldingCategories categories, WoutTexts texts)
    {
        var answers = state.Answers;
        string? Get(string key) => answers.GetValueOrDefault(key);
        var parts = new List<string>();
        if (categories.Find(Get(MeldingQuestions.Category)) is { } category)
            parts.Add($"{texts["melding.summary.category"]}: {category.Title.For(texts.Language)}");
        var street = string.Join(' ', new[] { Get(MeldingQuestions.Street), Get(MeldingQuestions.Postcode), Get(MeldingQuestions.HouseNumber) }.OfType<string>());
        var place = string.Join(", ", new[] { street, Get(MeldingQuestions.PlaceDescription), Get(MeldingQuestions.Municipality) }
            .Where(p => !string.IsNullOrEmpty(p)));
        parts.Add($"{texts["melding.summary.place"]}: {place}");
        if (Get(MeldingQuestions.When) is { Length: > 0 } when)
            parts.Add($"{texts["melding.summary.when"]}: {when}");
        parts.Add($"{texts["melding.summary.description"]}: \"{Get(MeldingQuestions.Description)}\"");
        var contact = Get(MeldingQuestions.Email) ?? Get(MeldingQuestions.Phone) ?? texts["melding.summary.anonymous"];
        parts.Add($"{texts["melding.summary.contact"]}: {contact}");
        return string.Join("; ", parts);
    }

    private static WoutReply YesNoQuestion(string text, string topic, WoutTexts texts) => new(text, topic, AangifteReplies.YesNoActions(texts));

    private static ReplyAction Choice(string label, string option) => new(label, QuickReplies.ChoiceHref(option), ActionKinds.QuickReply);
}

internal static class ContactChoices
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Anonymous = "anoniem";
}
