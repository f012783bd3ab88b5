using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// IBANs of any SEPA/IBAN country, with or without spaces, reported only when the country's length and
/// the ISO 13616 mod-97 check digits are right. Value: compact upper case ("NL91ABNA0417164300").
/// </summary>
internal sealed partial class IbanRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        Span<char> buffer = stackalloc char[34];
        foreach (var match in Start().EnumerateMatches(text))
        {
            var expected = IbanCountries.Length(text.AsSpan(match.Index, 2));
            if (expected == 0)
            {
                continue;
            }

            var iban = buffer[..expected];
            var count = 0;
            var i = match.Index;
            while (i < text.Length && count < expected)
            {
                var c = text[i];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    iban[count++] = char.ToUpperInvariant(c);
                }
                else if (c != ' ' || count < 4 || i + 1 >= text.Length || text[i + 1] == ' ')
                {
                    break;
                }

                i++;
            }

            var endsCleanly = i >= text.Length || !char.IsLetterOrDigit(text[i]);
            if (count == expected && endsCleanly && IbanCountries.HasValidCheckDigits(iban))
            {
                found.Add(new Candidate(EntityKind.Iban, match.Index, i - match.Index, new string(iban), Specificity.Iban));
            }
        }
    }

    [GeneratedRegex(@"\b[A-Za-z]{2}\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Start();
}
