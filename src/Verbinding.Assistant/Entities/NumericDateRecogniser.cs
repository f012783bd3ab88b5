using System.Globalization;
using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// "12-3", "12/03", "12-3-2026", "12-03-26": always day first, as Dutch citizens write. Without a year
/// the date is the most recent one not after today. Digits glued to letters ("12-AB-34") are plates.
/// </summary>
internal sealed partial class NumericDateRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var date = text.AsSpan(match.Index, match.Length);
            var first = date.IndexOfAny('-', '/');
            var rest = date[(first + 1)..];
            var second = rest.IndexOfAny('-', '/');
            var day = int.Parse(date[..first], CultureInfo.InvariantCulture);
            var month = int.Parse(second < 0 ? rest : rest[..second], CultureInfo.InvariantCulture);
            var year = today.Year;
            if (second >= 0)
            {
                var digits = rest[(second + 1)..];
                year = int.Parse(digits, CultureInfo.InvariantCulture) + (digits.Length == 2 ? 2000 : 0);
            }

            if (AmsterdamCalendar.PastDate(year, month, day, today, second >= 0) is { } past)
            {
                found.Add(new Candidate(EntityKind.Date, match.Index, match.Length, AmsterdamCalendar.Format(past), Specificity.Date));
            }
        }
    }

    [GeneratedRegex(
        @"(?<![\w/.,:-])(?:0?[1-9]|[12]\d|3[01])(?:-(?:0?[1-9]|1[0-2])(?:-(?:\d{4}|\d{2}))?|/(?:0?[1-9]|1[0-2])(?:/(?:\d{4}|\d{2}))?)(?![\w/]|-\w|[.,:]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
