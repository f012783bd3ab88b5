namespace Verbinding.Assistant.Dialogue.Melding;

/// <summary>
/// Keys of the melding dialogue in <see cref="DialogueState.Answers"/> and <see cref="DialogueState.PendingQuestion"/>.
/// All start with "melding." so they never collide with the aangifte questions; keep them stable (stored conversations).
/// </summary>
public static class MeldingQuestions
{
    public const string Prefix = "melding.";
    public const string Category = "melding.category";
    public const string HappeningNow = "melding.now";
    public const string Municipality = "melding.municipality";
    public const string Address = "melding.address";
    public const string When = "melding.when";
    public const string Description = "melding.description";
    public const string Contact = "melding.contact";
    public const string ContactDetails = "melding.contact-details";
    public const string Confirm = "melding.confirm";

    /// <summary>Answer parts that are no question of their own.</summary>
    public const string Street = "melding.street";
    public const string HouseNumber = "melding.house-number";
    public const string Postcode = "melding.postcode";
    public const string PlaceDescription = "melding.place";
    public const string OccurredAt = "melding.occurred-at";
    public const string Email = "melding.email";
    public const string Phone = "melding.phone";

    private const string CategoryQuestionPrefix = "melding.q.";

    public static string ForCategoryQuestion(string questionId) => CategoryQuestionPrefix + questionId;

    public static string? CategoryQuestionId(string key) =>
        key.StartsWith(CategoryQuestionPrefix, StringComparison.Ordinal) ? key[CategoryQuestionPrefix.Length..] : null;

    public static bool IsMelding(string? key) => key?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The question behind a field the web's validator refused ("location.municipality", "answers.bron").</summary>
    public static string ForField(string field) => field switch
    {
        "category" => Category,
        "location.municipality" => Municipality,
        _ when field.StartsWith("location", StringComparison.Ordinal) => Address,
        "occurredAt" => When,
        "description" => Description,
        _ when field.StartsWith("contact", StringComparison.Ordinal) => Contact,
        _ when field.StartsWith("answers.", StringComparison.Ordinal) => ForCategoryQuestion(field["answers.".Length..]),
        _ => Confirm,
    };

    /// <summary>The answers that belong to a question: clearing a question clears all its parts.</summary>
    public static IReadOnlyList<string> Parts(string question) => question switch
    {
        Address => [Address, Street, HouseNumber, Postcode, PlaceDescription],
        When => [When, OccurredAt],
        Contact or ContactDetails => [Contact, Email, Phone],
        _ => [question],
    };
}
