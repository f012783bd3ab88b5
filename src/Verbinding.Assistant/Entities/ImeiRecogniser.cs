using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>IMEI: 15 digits (also grouped with spaces, dashes or slashes) whose Luhn check holds. Value: the digits.</summary>
internal sealed partial class ImeiRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        Span<char> digits = stackalloc char[15];
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var count = 0;
            foreach (var c in text.AsSpan(match.Index, match.Length))
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[count++] = c;
                }
            }

            if (Luhn.IsValid(digits))
            {
                found.Add(new Candidate(EntityKind.Imei, match.Index, match.Length, new string(digits), Specificity.Imei));
            }
        }
    }

    [GeneratedRegex(@"(?<![\w/-])\d{2}(?:[ /-]?\d){13}(?![\w]|[/-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
