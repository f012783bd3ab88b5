using Verbinding.Assistant.Text;

namespace Verbinding.Assistant.Understanding;

/// <summary>
/// Dutch or English per message, by counting each language's function words and typical word endings.
/// Wout's citizens mostly write Dutch, so a tie, a very short message or a message without clues is Dutch.
/// </summary>
public static class LanguageDetector
{
    public const string Dutch = "nl";
    public const string English = "en";

    private static readonly HashSet<string> DutchWords = new(StringComparer.Ordinal)
    {
        "ik", "je", "jij", "u", "uw", "mijn", "het", "de", "een", "is", "ben", "zijn", "heb", "heeft", "hebben", "wat", "hoe", "waar",
        "wanneer", "waarom", "niet", "geen", "en", "of", "maar", "met", "van", "voor", "op", "aan", "bij", "naar", "er", "dat", "die",
        "dit", "deze", "ook", "nog", "al", "wel", "kan", "kun", "moet", "wil", "wordt", "word", "mag", "gestolen", "fiets", "aangifte",
        "politie", "hallo", "hoi", "dank", "bedankt", "doei", "goedemorgen", "goedemiddag", "goedenavond", "graag", "iemand", "mij", "me",
        "hij", "zij", "ze", "we", "wij", "ons", "onze", "mn", "zn", "nu", "gisteren", "vandaag", "buren", "buurman", "buurvrouw", "als", "om",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "i", "you", "your", "my", "the", "a", "an", "is", "am", "are", "was", "were", "have", "has", "had", "what", "how", "where",
        "when", "why", "not", "no", "and", "or", "but", "with", "of", "for", "on", "at", "to", "from", "there", "that", "this", "these",
        "also", "still", "can", "could", "should", "must", "want", "would", "may", "stolen", "bike", "bicycle", "report", "police",
        "hello", "thanks", "thank", "bye", "please", "someone", "me", "he", "she", "they", "we", "our", "do", "does", "did", "it",
        "now", "yesterday", "today", "neighbour", "neighbor", "neighbours", "if", "about", "who", "will", "be", "been", "got", "get",
    };

    public static string Detect(string text) => Detect(TextNormalizer.Tokens(text));

    /// <summary>The language of an already tokenised message (<see cref="TextNormalizer.Tokens"/>).</summary>
    public static string Detect(IReadOnlyList<string> tokens)
    {
        var dutch = 0;
        var english = 0;
        foreach (var token in tokens)
        {
            dutch += DutchWords.Contains(token) ? 2 : 0;
            english += EnglishWords.Contains(token) ? 2 : 0;
            dutch += token.Length > 4 && (token.EndsWith("ij", StringComparison.Ordinal) || token.Contains("ij", StringComparison.Ordinal) || token.Contains("oe", StringComparison.Ordinal) || token.Contains("aa", StringComparison.Ordinal)) ? 1 : 0;
            english += token.Length > 4 && (token.EndsWith("ing", StringComparison.Ordinal) || token.EndsWith("ed", StringComparison.Ordinal) || token.Contains("th", StringComparison.Ordinal)) ? 1 : 0;
        }

        return english > dutch && english >= 2 ? English : Dutch;
    }
}
