using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Dutch postcodes "1234 AB" / "1234ab". Value "1234 AB". PostNL never issues SA, SD or SS; a spaced
/// lower-case pair that is a common word ("1200 en", "2000 op") is text, not a postcode.
/// </summary>
internal sealed partial class PostcodeRecogniser : IEntityRecogniser
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "of", "op", "in", "is", "te", "om", "na", "al", "ik", "je", "we", "ze", "de", "uw", "nu", "zo",
        "ga", "er", "ja", "at", "on", "an", "or", "as", "be", "by", "do", "go", "he", "if", "it", "me", "my",
        "no", "so", "to", "up", "us", "am", "pm", "km", "kg", "cm", "mm", "ml", "mb", "gb"
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
        CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var postcode = text.AsSpan(match.Index, match.Length);
            var letters = postcode[^2..];
            var spaced = postcode.Length == 7;
            var capitals = char.IsUpper(letters[0]) && char.IsUpper(letters[1]);
            if (IsNeverIssued(letters) || (spaced && !capitals && Words.Contains(letters)))
            {
                continue;
            }

            var value = string.Concat(postcode[..4], " ", letters.ToString().ToUpperInvariant());
            found.Add(new Candidate(EntityKind.Postcode, match.Index, match.Length, value, Specificity.Postcode));
        }
    }

    private static bool IsNeverIssued(ReadOnlySpan<char> letters) =>
        letters.Equals("SA", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("SD", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("SS", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\w-])[1-9]\d{3} ?[A-Za-z]{2}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
