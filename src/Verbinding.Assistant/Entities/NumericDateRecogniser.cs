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
        foreach (Match match in Pattern().Matches(text))
        {
            var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var yearGroup = match.Groups["y"];
            var year = today.Year;
            if (yearGroup.Success)
            {
                year = int.Parse(yearGroup.ValueSpan, CultureInfo.InvariantCulture);
                year += yearGroup.Length == 2 ? 2000 : 0;
            }

            if (AmsterdamCalendar.PastDate(year, month, day, today, yearGroup.Success) is { } date)
            {
                found.Add(new Candidate(EntityKind.Date, match.Index, match.Length, AmsterdamCalendar.Format(date), Specificity.Date));
            }
        }
    }

    [GeneratedRegex(
        @"(?<![\w/.,:-])(?<d>0?[1-9]|[12]\d|3[01])(?<s>[-/])(?<m>0?[1-9]|1[0-2])(?:\k<s>(?<y>\d{4}|\d{2}))?(?![\w/]|-\w|[.,:]\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
