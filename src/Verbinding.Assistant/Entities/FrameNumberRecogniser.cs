using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Bicycle frame numbers have no fixed format, so they are only taken right after the word
/// "framenummer" / "frame nummer" / "frame number": the first token there with 6-12 letters and digits
/// (at least one digit). A postcode, phone number or licence plate in that spot is not a frame number.
/// Value: upper case without spaces or dashes.
/// </summary>
internal sealed partial class FrameNumberRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        for (var match = Pattern().Match(text); match.Success; match = match.NextMatch())
        {
            var token = match.Groups["v"];
            var value = token.Value.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            if (value.Length is >= 6 and <= 12 && value.Any(char.IsAsciiDigit) && !LooksLikeOtherEntity(value, token.Value))
            {
                found.Add(new Candidate(EntityKind.FrameNumber, token.Index, token.Length, value, Specificity.FrameNumber));
            }
        }
    }

    private static bool LooksLikeOtherEntity(string value, string raw) =>
        Postcode().IsMatch(value)
        || (value.StartsWith('0') && value.All(char.IsAsciiDigit) && value.Length >= 10)
        || (raw.Count(c => c == '-') == 2 && value.Length is 6);

    [GeneratedRegex(
        @"\bframe\s?-?\s?(?:nummer|nr|number|no)\b\.?[\s:]*(?:(?:is|was|luidt|=|van|mijn|de|fiets|bike|e-bike|het)[\s:]+){0,4}(?<v>(?:[A-Za-z]{1,4} (?=\d))?[A-Za-z0-9][A-Za-z0-9\-]{4,14}[A-Za-z0-9])\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[1-9]\d{3}[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();
}
