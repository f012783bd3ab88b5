namespace Verbinding.Assistant.Dialogue.Melding;

/// <summary>
/// What a citizen's own words already tell about a melding ("de buren" + "muziek" = noise from a home, "elke nacht" =
/// almost every night), so Wout does not ask it again. Phrases are data, Dutch and English; only clear phrases belong
/// here: doubt means asking. Everything inferred is shown in the summary the citizen confirms.
/// </summary>
public static class MeldingCues
{
    private sealed record Cue(string Key, string Answer, string[] Phrases);

    private static readonly Cue[] Categories =
    [
        new(MeldingQuestions.Category, "vuurwerk", ["vuurwerk", "knallen", "cobra", "fireworks", "firecrackers"]),
        new(MeldingQuestions.Category, "drugsoverlast", ["drugs", "dealen", "dealer", "dealers", "wiet", "hennep", "drugspand",
            "dealing", "drug dealing", "weed"]),
        new(MeldingQuestions.Category, "overlast-jongeren", ["jongeren", "hangjongeren", "hangen", "jeugd", "youths",
            "teenagers", "young people", "kids hanging"]),
        new(MeldingQuestions.Category, "verkeersoverlast", ["te hard rijden", "te hard", "scooters", "scooter", "parkeren",
            "geparkeerd", "racen", "speeding", "parking", "parked", "racing"]),
        new(MeldingQuestions.Category, "verward-persoon", ["verward", "in de war", "verwarde", "confused"]),
        new(MeldingQuestions.Category, "geluidsoverlast", ["muziek", "lawaai", "herrie", "geluid", "geluidsoverlast", "feest",
            "feesten", "feestje", "bas", "music", "noise", "noisy", "loud", "party", "parties"]),
    ];

    private static readonly Cue[] Follow =
    [
        new("bron", "woning", ["buren", "buurman", "buurvrouw", "bovenburen", "onderburen", "naast ons", "naast mij",
            "neighbours", "neighbors", "neighbour", "neighbor", "next door", "upstairs"]),
        new("bron", "horeca", ["cafe", "café", "kroeg", "restaurant", "bar", "pub"]),
        new("bron", "straat", ["op straat", "in the street", "on the street"]),
        new("hoeVaak", "dagelijks", ["elke nacht", "iedere nacht", "elke dag", "iedere dag", "elke avond", "iedere avond",
            "dagelijks", "every night", "every day", "every evening", "nightly", "daily"]),
        new("hoeVaak", "wekelijks", ["elke week", "iedere week", "elk weekend", "ieder weekend", "wekelijks", "every week",
            "every weekend", "weekly"]),
        new("soort", "dealen", ["dealen", "dealer", "dealers", "dealing"]),
        new("soort", "snelheid", ["te hard", "racen", "speeding", "racing"]),
        new("soort", "parkeren", ["parkeren", "geparkeerd", "parking", "parked"]),
    ];

    /// <summary>How often, in the citizen's words: the first recurring phrase, kept as they wrote it.</summary>
    private static readonly string[] Recurring =
    [
        "elke nacht", "iedere nacht", "elke dag", "iedere dag", "elke avond", "iedere avond", "elk weekend", "ieder weekend",
        "elke week", "iedere week", "dagelijks", "wekelijks", "steeds", "vaak", "al weken", "al maanden",
        "every night", "every day", "every evening", "every weekend", "every week", "nightly", "daily", "weekly",
        "all the time", "for weeks", "for months",
    ];

    public static string? Category(string text) => Categories.FirstOrDefault(c => Says(text, c.Phrases))?.Answer;

    /// <summary>An option of <paramref name="question"/> that the text names, or null.</summary>
    public static string? Option(MeldingCategoryQuestion question, string text) =>
        Follow.FirstOrDefault(c => c.Key == question.Id && question.Choices.Any(o => o.Id == c.Answer) && Says(text, c.Phrases))?.Answer;

    public static string? HowOften(string text) => Recurring.FirstOrDefault(p => Says(text, [p]));

    private static bool Says(string text, string[] phrases)
    {
        var normalised = $" {YesNo.Normalise(text)} ";
        return phrases.Any(p => normalised.Contains($" {YesNo.Normalise(p)} ", StringComparison.Ordinal));
    }
}
