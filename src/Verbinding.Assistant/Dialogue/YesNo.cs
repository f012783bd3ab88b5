using System.Text;

namespace Verbinding.Assistant.Dialogue;

public enum YesNoAnswer
{
    Yes,
    No,
    Unknown,
}

/// <summary>Reads a yes/no answer in the many forms citizens type it, Dutch and English.</summary>
public static class YesNo
{
    public const string Ja = "ja";
    public const string Nee = "nee";
    public const string Onbekend = "onbekend";

    // Checked first: "weet ik niet" contains "niet", "not sure" contains "not".
    private static readonly string[] UnknownPhrases =
    [
        "weet ik niet", "weet niet", "geen idee", "geen flauw idee", "misschien", "kan zijn", "twijfel", "onbekend",
        "weet ik veel", "i don't know", "i dont know", "don't know", "dont know", "not sure", "no idea", "dunno",
        "maybe", "perhaps", "unsure", "no clue", "idk",
    ];

    private static readonly string[] YesPhrases =
    [
        "ja", "jazeker", "jawel", "jaja", "jep", "jup", "ja hoor", "zeker", "zeker weten", "klopt", "dat klopt",
        "inderdaad", "correct", "juist", "yes", "yep", "yeah", "yup", "ya", "sure", "indeed", "certainly",
        "that's right", "thats right", "right", "absoluut", "absolutely", "ok ja", "jazeker wel", "wel",
    ];

    private static readonly string[] NoPhrases =
    [
        "nee", "neen", "nee hoor", "neuh", "nope", "no", "nah", "welnee", "niet", "nee joh", "helemaal niet",
        "zeker niet", "neej", "nein", "not really", "no way", "never", "nooit", "niet dat ik weet", "klopt niet",
        "dat klopt niet", "not", "none", "geen",
    ];

    public static YesNoAnswer? Parse(string text)
    {
        var normalised = Normalise(text);
        if (normalised.Length == 0)
            return null;
        if (UnknownPhrases.Any(p => ContainsPhrase(normalised, p)))
            return YesNoAnswer.Unknown;
        // Negations of yes ("klopt niet") before yes itself.
        if (NoPhrases.Any(p => p.Contains(' ') && ContainsPhrase(normalised, p)))
            return YesNoAnswer.No;
        if (YesPhrases.Any(p => StartsWithPhrase(normalised, p)))
            return YesNoAnswer.Yes;
        if (NoPhrases.Any(p => StartsWithPhrase(normalised, p)))
            return YesNoAnswer.No;
        return null;
    }

    public static string ToAnswer(YesNoAnswer answer) => answer switch
    {
        YesNoAnswer.Yes => Ja,
        YesNoAnswer.No => Nee,
        _ => Onbekend,
    };

    private static bool StartsWithPhrase(string text, string phrase) =>
        text == phrase || text.StartsWith(phrase + " ", StringComparison.Ordinal);

    private static bool ContainsPhrase(string text, string phrase) =>
        $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
            builder.Append(char.IsLetterOrDigit(c) || c == '\'' ? c : ' ');
        return string.Join(' ', builder.ToString().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
