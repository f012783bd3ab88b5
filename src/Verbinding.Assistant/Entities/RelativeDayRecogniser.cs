using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// "vandaag", "gisteren", "eergisteren", "gisteravond" (also typed "gister avond"), "vanochtend", English
/// "yesterday", "last night". "vannacht" and "last night" become the range yesterday/today: the night
/// began on yesterday's date and its early hours fall on today, and an aangifte form asks for a period
/// (from/to) anyway, so we keep both rather than guess.
/// </summary>
internal sealed partial class RelativeDayRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var phrase = text.AsSpan(match.Index, match.Length);
            string value;
            if (phrase.StartsWith("eer", StringComparison.OrdinalIgnoreCase) || phrase.Contains("before", StringComparison.OrdinalIgnoreCase))
            {
                value = AmsterdamCalendar.Format(today.AddDays(-2));
            }
            else if (phrase.Equals("vannacht", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("night", StringComparison.OrdinalIgnoreCase))
            {
                value = AmsterdamCalendar.Range(today.AddDays(-1), today);
            }
            else if (phrase.StartsWith("gister", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase))
            {
                value = AmsterdamCalendar.Format(today.AddDays(-1));
            }
            else
            {
                value = AmsterdamCalendar.Format(today);
            }

            found.Add(new Candidate(EntityKind.Date, match.Index, match.Length, value, Specificity.Date));
        }
    }

    [GeneratedRegex(
        @"\b(?:eer\s?gister(?:en)?|gister(?:en)?(?:\s?(?:avond|ochtend|morgen|middag|nacht))?|vandaag|van(?:ochtend|morgen|middag|avond|nacht)|(?:the\s+)?day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|today|this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
