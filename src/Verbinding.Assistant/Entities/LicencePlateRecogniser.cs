using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Dutch licence plates, sidecodes 1-14 ("AB-12-34" ... "1-ABC-23", "GB-123-X", "999-XX-9"). With dashes
/// any case is accepted. Written without dashes the letters must be capitals or the message must talk
/// about a kenteken, and the letters must hold no vowels (not issued since 1978), so "1234AB" stays a
/// postcode and words like "MP3" stay words. Value: the dashed form in capitals.
/// </summary>
internal sealed partial class LicencePlateRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        foreach (var match in Dashed().EnumerateMatches(text))
        {
            var plate = text.Substring(match.Index, match.Length).ToUpperInvariant();
            found.Add(new Candidate(EntityKind.LicencePlate, match.Index, match.Length, plate, Specificity.DashedPlate));
        }

        var plateContext = -1;
        foreach (var match in Compact().EnumerateMatches(text))
        {
            var token = text.AsSpan(match.Index, match.Length);
            if (token.ContainsAny(Vowels))
            {
                continue;
            }

            if (token.ContainsAnyInRange('a', 'z'))
            {
                plateContext = plateContext < 0 ? (PlateWords().IsMatch(text) ? 1 : 0) : plateContext;
                if (plateContext == 0)
                {
                    continue;
                }
            }

            found.Add(new Candidate(EntityKind.LicencePlate, match.Index, match.Length, Sidecode.Dash(token), Specificity.CompactPlate));
        }
    }

    private static readonly System.Buffers.SearchValues<char> Vowels =
        System.Buffers.SearchValues.Create("AEIOUaeiou");

    [GeneratedRegex(
        @"(?<![\w-])(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dashed();

    [GeneratedRegex(
        @"(?<![\w-])(?:[A-Z]{2}\d{4}|\d{4}[A-Z]{2}|\d{2}[A-Z]{2}\d{2}|[A-Z]{2}\d{2}[A-Z]{2}|[A-Z]{4}\d{2}|\d{2}[A-Z]{4}|\d{2}[A-Z]{3}\d|\d[A-Z]{3}\d{2}|[A-Z]{2}\d{3}[A-Z]|[A-Z]\d{3}[A-Z]{2}|[A-Z]{3}\d{2}[A-Z]|[A-Z]\d{2}[A-Z]{3}|\d[A-Z]{2}\d{3}|\d{3}[A-Z]{2}\d)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    [GeneratedRegex(@"kenteken|nummerbord|nummerplaat|licen[cs]e\s?plate|number\s?plate|registration", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlateWords();
}
