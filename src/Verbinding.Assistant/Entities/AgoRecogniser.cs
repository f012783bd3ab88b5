using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>"3 dagen geleden", "twee weken geleden", "a week ago", "2 maanden geleden".</summary>
internal sealed partial class AgoRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        for (var match = Pattern().Match(text); match.Success; match = match.NextMatch())
        {
            var count = CalendarWords.SmallNumber(match.Groups["n"].ValueSpan);
            if (count is < 1 or > 400)
            {
                continue;
            }

            var unit = char.ToLowerInvariant(match.Groups["u"].ValueSpan[0]);
            var isYear = match.Groups["u"].ValueSpan.StartsWith("j", StringComparison.OrdinalIgnoreCase)
                || match.Groups["u"].ValueSpan.StartsWith("y", StringComparison.OrdinalIgnoreCase);
            var date = isYear ? today.AddYears(-count)
                : unit == 'd' ? today.AddDays(-count)
                : unit == 'w' ? today.AddDays(-7 * count)
                : today.AddMonths(-count);
            found.Add(new Candidate(EntityKind.Date, match.Index, match.Length, AmsterdamCalendar.Format(date), Specificity.Date));
        }
    }

    [GeneratedRegex(
        @"\b(?<n>\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<u>dagen|dag|weken|week|maanden|maand|jaar|days|day|weeks|week|months|month|years|year)\s+(?:geleden|ago)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
