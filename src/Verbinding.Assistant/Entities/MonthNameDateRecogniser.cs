using System.Globalization;
using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>"12 maart", "3 mrt 2026", "12 March", "the 12th of March", "March 12, 2026".</summary>
internal sealed partial class MonthNameDateRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        for (var match = Pattern().Match(text); match.Success; match = match.NextMatch())
        {
            var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = CalendarWords.Month(match.Groups["m"].ValueSpan);
            var yearGroup = match.Groups["y"];
            var year = yearGroup.Success ? int.Parse(yearGroup.ValueSpan, CultureInfo.InvariantCulture) : today.Year;
            if (AmsterdamCalendar.PastDate(year, month, day, today, yearGroup.Success) is { } date)
            {
                found.Add(new Candidate(EntityKind.Date, match.Index, match.Length, AmsterdamCalendar.Format(date), Specificity.Date));
            }
        }
    }

    // Month-first order is English only: in Dutch "in mei 2 keer" is not 2 May.
    [GeneratedRegex(
        @"\b(?:(?<d>0?[1-9]|[12]\d|3[01])(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?(?<m>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)(?:\s+(?<y>(?:19|20)\d{2}))?|(?<m>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:,?\s+(?<y>(?:19|20)\d{2}))?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
