namespace Verbinding.Assistant.Dialogue;

public static class Languages
{
    public const string Dutch = "nl";
    public const string English = "en";

    /// <summary>Wout speaks Dutch and English; anything else keeps <paramref name="fallback"/>.</summary>
    public static string Normalise(string? language, string fallback) => language?.ToLowerInvariant() switch
    {
        "nl" or "nl-nl" or "nl-be" => Dutch,
        "en" or "en-gb" or "en-us" => English,
        _ => fallback,
    };

    /// <summary>
    /// Keep the conversation language unless the citizen clearly switches: a short reply ("ok", "ja", "no")
    /// is too little evidence, so a switch needs a message of at least three words.
    /// </summary>
    public static string Choose(DialogueState state, string? understood, string text)
    {
        var detected = Normalise(understood, state.Language);
        if (state.Turns == 0)
            return detected;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        return words >= 3 ? detected : state.Language;
    }
}
