using Verbinding.Assistant.Dialogue.Triage;
using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Dialogue.Melding.MeldingQuestions;

namespace Verbinding.Assistant.Dialogue.Melding;

/// <summary>Reads the citizen's answer to the open melding question: a button, a typed option, a place, an e-mail address.</summary>
internal sealed class MeldingAnswers(MeldingCategories categories, MunicipalityLookup municipalities)
{
    private const int MaxText = 500;

    /// <summary>Stores the answer to the open question; null when the message does not answer it.</summary>
    public DialogueState? Take(DialogueState state, string text, QuickReply? quick, IReadOnlyList<Entity> entities)
    {
        var pending = state.PendingQuestion!;
        var answers = new Dictionary<string, string>(state.Answers);
        var trimmed = text.Trim();
        var yesNo = quick?.Answer ?? (quick is null ? YesNo.Parse(trimmed) : null);
        switch (pending)
        {
            case Category when ChooseCategory(trimmed, quick) is { } category:
                answers[Category] = category;
                break;
            case HappeningNow or Confirm when yesNo is { } given:
                answers[pending] = YesNo.ToAnswer(given);
                break;
            case Municipality when MeldingPlace.Municipality(trimmed, entities, municipalities) is { } municipality:
                answers[Municipality] = municipality;
                break;
            case Address when quick is null && MeldingPlace.Address(trimmed, entities) is { } address:
                answers[Address] = YesNo.Ja;
                Put(answers, Street, address.Street);
                Put(answers, HouseNumber, address.HouseNumber);
                Put(answers, Postcode, address.Postcode);
                Put(answers, PlaceDescription, address.Description);
                if (!answers.ContainsKey(Municipality) && entities.FirstOrDefault(e => e.Kind == EntityKind.Place) is { } place)
                    answers[Municipality] = municipalities.Find(place.Value)?.Name ?? place.Value;
                break;
            case When or Description when quick is null && trimmed.Length is >= 2 and <= MaxText:
                answers[pending] = trimmed;
                break;
            case Contact when quick?.Choice is ContactChoices.Email or ContactChoices.Phone:
                answers[Contact] = YesNo.Ja;
                break;
            case Contact when quick?.Choice is ContactChoices.Anonymous:
                answers[Contact] = YesNo.Nee;
                break;
            case Contact or ContactDetails when Reachable(entities) is { } reach:
                answers[Contact] = YesNo.Ja;
                answers[reach.Kind] = reach.Value;
                break;
            case Contact when yesNo is { } given:
                answers[Contact] = given == YesNoAnswer.Yes ? YesNo.Ja : YesNo.Nee; // "don't know" means: do not contact me
                break;
            case var question when CategoryQuestionId(question) is { } id && CategoryAnswer(answers, id, trimmed, quick, yesNo) is { } answer:
                answers[question] = answer;
                break;
            default:
                return null;
        }
        return state with { Answers = answers, Misunderstandings = 0 };
    }

    private string? ChooseCategory(string text, QuickReply? quick)
    {
        if (quick?.Choice is { } chosen)
            return categories.Find(chosen)?.Id;
        return categories.All.FirstOrDefault(c => Matches(text, c.Title.Nl) || Matches(text, c.Title.En))?.Id ?? MeldingCues.Category(text);
    }

    private string? CategoryAnswer(Dictionary<string, string> answers, string id, string text, QuickReply? quick, YesNoAnswer? yesNo)
    {
        var question = categories.Find(answers.GetValueOrDefault(Category))?.Questions.FirstOrDefault(q => q.Id == id);
        return question?.Type switch
        {
            "choice" => question.Choices.FirstOrDefault(o => o.Id == quick?.Choice || Matches(text, o.Label.Nl) || Matches(text, o.Label.En))?.Id
                ?? MeldingCues.Option(question, text),
            "yesno" => yesNo is YesNoAnswer.Yes ? YesNo.Ja : yesNo is YesNoAnswer.No ? YesNo.Nee : null,
            "text" when quick is null && text.Length is >= 1 and <= MaxText => text,
            _ => null,
        };
    }

    private static (string Kind, string Value)? Reachable(IReadOnlyList<Entity> entities) =>
        entities.FirstOrDefault(e => e.Kind is EntityKind.Email or EntityKind.Phone) is { } found
            ? (found.Kind == EntityKind.Email ? Email : Phone, found.Value)
            : null;

    private static bool Matches(string text, string label) =>
        text.Length > 2 && string.Equals(YesNo.Normalise(text), YesNo.Normalise(label), StringComparison.Ordinal);

    private static void Put(Dictionary<string, string> answers, string key, string? value)
    {
        if (value is null)
            answers.Remove(key);
        else
            answers[key] = value;
    }
}
