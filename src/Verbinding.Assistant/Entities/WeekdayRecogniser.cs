using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// "zaterdag", "afgelopen zaterdag", "last Tuesday": the most recent such day before today (a citizen
/// reporting something on the day itself says "vandaag"). "vorige week dinsdag": Tuesday of the previous
/// ISO week. A weekday followed by a date ("zaterdag 14 november") leaves the date to speak. Future phrases ("volgende week", "komende zaterdag", "next Monday") are not reported.
/// </summary>
internal sealed partial class WeekdayRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        for (var match = Pattern().Match(text); match.Success; match = match.NextMatch())
        {
            var modifier = match.Groups["m"];
            if (modifier.Success && IsFuture(modifier.ValueSpan))
            {
                continue;
            }

            var weekday = CalendarWords.Weekday(match.Groups["d"].ValueSpan);
            DateOnly date;
            if (match.Groups["pw"].Success)
            {
                date = AmsterdamCalendar.MondayOf(today).AddDays(-7 + weekday);
            }
            else
            {
                var back = (CalendarWords.IsoIndex(today.DayOfWeek) - weekday + 7) % 7;
                date = today.AddDays(back == 0 ? -7 : -back);
            }

            found.Add(new Candidate(EntityKind.Date, match.Index, match.Length, AmsterdamCalendar.Format(date), Specificity.Date));
        }
    }

    private static bool IsFuture(ReadOnlySpan<char> modifier) =>
        modifier.Equals("komende", StringComparison.OrdinalIgnoreCase)
        || modifier.Equals("volgende", StringComparison.OrdinalIgnoreCase)
        || modifier.Equals("aanstaande", StringComparison.OrdinalIgnoreCase)
        || modifier.Equals("next", StringComparison.OrdinalIgnoreCase)
        || modifier.Equals("this", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(
        @"\b(?:(?<pw>(?:vorige|last)\s+week)\s+(?:op\s+|on\s+)?(?<d>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?<d>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?<pw>(?:van\s+)?(?:vorige|last)\s+week)|(?<!(?:volgende|komende|next|deze|this)\s+week\s+)(?:(?<m>afgelopen|vorige|jongstleden|last|past|komende|volgende|aanstaande|next|this)\s+)?(?<d>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?!\s+\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
