using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Periods become ISO ranges "first/last": "vorige week" is the previous Monday-Sunday, "afgelopen week"
/// the last seven days, "vorige maand" the previous calendar month, "afgelopen weekend" the most recent
/// Saturday-Sunday before today.
/// </summary>
internal sealed partial class PeriodRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        for (var match = Pattern().Match(text); match.Success; match = match.NextMatch())
        {
            var modifier = match.Groups["m"].Value.ToLowerInvariant();
            var unit = match.Groups["u"].Value.ToLowerInvariant();
            var current = modifier is "deze" or "dit" or "this";
            var value = unit switch
            {
                "week" when current => AmsterdamCalendar.Range(AmsterdamCalendar.MondayOf(today), today),
                "week" when modifier is "afgelopen" or "past" => AmsterdamCalendar.Range(today.AddDays(-7), today.AddDays(-1)),
                "week" => PreviousWeek(today),
                "weekend" => LastWeekend(today),
                "maand" or "month" when current => AmsterdamCalendar.Range(new DateOnly(today.Year, today.Month, 1), today),
                "maand" or "month" => PreviousMonth(today),
                _ when current => AmsterdamCalendar.Range(new DateOnly(today.Year, 1, 1), today),
                _ => AmsterdamCalendar.Range(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            };
            found.Add(new Candidate(EntityKind.Date, match.Index, match.Length, value, Specificity.Date));
        }
    }

    private static string PreviousWeek(DateOnly today)
    {
        var monday = AmsterdamCalendar.MondayOf(today).AddDays(-7);
        return AmsterdamCalendar.Range(monday, monday.AddDays(6));
    }

    private static string PreviousMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return AmsterdamCalendar.Range(first, first.AddMonths(1).AddDays(-1));
    }

    private static string LastWeekend(DateOnly today)
    {
        var back = (CalendarWords.IsoIndex(today.DayOfWeek) - 5 + 7) % 7;
        var saturday = today.AddDays(back == 0 ? -7 : -back);
        return AmsterdamCalendar.Range(saturday, saturday.AddDays(1));
    }

    [GeneratedRegex(
        @"\b(?<m>vorige|vorig|afgelopen|deze|dit|last|past|this)\s+(?<u>weekend|week|maand|month|jaar|year)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
