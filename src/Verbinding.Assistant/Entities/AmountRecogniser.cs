using System.Globalization;
using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Euro amounts: "€ 900", "€900,50", "900 euro", "900,-", "1.250 euro", "EUR 12.50", "tweehonderd euro".
/// Value is an invariant decimal with two places ("900.00").
/// </summary>
internal sealed partial class AmountRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        for (var match = Numeric().Match(text); match.Success; match = match.NextMatch())
        {
            if (EuroNumber.TryParse(match.Groups["n"].ValueSpan, out var amount))
            {
                Add(match, amount, found);
            }
        }

        for (var match = Spelled().Match(text); match.Success; match = match.NextMatch())
        {
            if (DutchNumberWords.TryParse(match.Groups["w"].ValueSpan, out var amount))
            {
                Add(match, amount, found);
            }
        }
    }

    private static void Add(Match match, decimal amount, List<Candidate> found) =>
        found.Add(new Candidate(EntityKind.Amount, match.Index, match.Length, amount.ToString("0.00", CultureInfo.InvariantCulture), Specificity.Amount));

    [GeneratedRegex(
        @"(?:€|\beur\b|\beuro\b)\s?(?<n>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,-{1,2})?(?![\d])|(?<![\w.,])(?<n>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:\s?(?:euro(?:'s)?\b|eur\b|€)|,-{1,2})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Numeric();

    [GeneratedRegex(
        @"\b(?<w>(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|en|ën)\s?)+)\s?euro\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Spelled();
}
