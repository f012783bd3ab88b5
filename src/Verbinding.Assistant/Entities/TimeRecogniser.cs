using System.Globalization;
using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Clock times: "22:15", "22.15 uur", "om 10 uur", "half 9", "kwart over 3", "tien voor half acht",
/// "9 pm". Value "HH:mm". A bare "10 uur" needs "om"/"rond"/"at" or a part of day: without it it is
/// usually a duration ("binnen 24 uur").
/// </summary>
internal sealed partial class TimeRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        for (var match = Clock().Match(text); match.Success; match = match.NextMatch())
        {
            var hour = Parse(match.Groups["h"]);
            var dottedWithoutMarker = match.Groups["sep"].ValueSpan[0] == '.'
                && !match.Groups["u"].Success && !match.Groups["ap"].Success && !match.Groups["pre"].Success;
            if (!dottedWithoutMarker)
            {
                Add(text, match, hour, Parse(match.Groups["mi"]), found);
            }
        }

        for (var match = WholeHour().Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Groups["pre"].Success || match.Groups["dp"].Success || match.Groups["ap"].Success)
            {
                Add(text, match, Parse(match.Groups["h"]), 0, found);
            }
        }

        for (var match = Spoken().Match(text); match.Success; match = match.NextMatch())
        {
            Spoken(text, match, found);
        }
    }

    private static void Spoken(string text, Match match, List<Candidate> found)
    {
        var hour = CalendarWords.SmallNumber(match.Groups["h"].ValueSpan);
        if (hour is < 1 or > 12)
        {
            return;
        }

        var minutes = hour * 60 - (match.Groups["half"].Success ? 30 : 0);
        if (match.Groups["mi"].Success)
        {
            var offset = CalendarWords.SmallNumber(match.Groups["mi"].ValueSpan);
            if (offset is < 1 or > 29)
            {
                return;
            }

            minutes += match.Groups["dir"].ValueSpan.Equals("over", StringComparison.OrdinalIgnoreCase) ? offset : -offset;
        }

        // Work on a twelve-hour dial: "half een" is 12:30, not 00:30.
        minutes = ((minutes - 60) % 720 + 720) % 720 + 60;
        Add(text, match, minutes / 60, minutes % 60, found);
    }

    private static void Add(string text, Match match, int hour, int minute, List<Candidate> found)
    {
        if (hour is < 0 or > 24 || minute is < 0 or > 59)
        {
            return;
        }

        hour = DayPart.ToTwentyFourHour(text, match.Index, match.Index + match.Length, hour) % 24;
        var value = hour.ToString("00", CultureInfo.InvariantCulture) + ":" + minute.ToString("00", CultureInfo.InvariantCulture);
        found.Add(new Candidate(EntityKind.Time, match.Index, match.Length, value, Specificity.Time));
    }

    private static int Parse(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"(?:\b(?<pre>om|rond|omstreeks|tegen|at|around)\s+)?(?<![\d.,:])(?<h>[01]?\d|2[0-3])(?<sep>[:.])(?<mi>[0-5]\d)(?![\d]|[.,:]\d)(?:\s*(?<u>uur|u)\b)?(?:\s*(?<ap>[ap]\.?m\b\.?))?(?<dp>\s+'?s\s?(?:avonds|ochtends|morgens|middags|nachts)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Clock();

    [GeneratedRegex(
        @"(?:\b(?<pre>om|rond|omstreeks|tegen|at|around)\s+)?\b(?<h>[01]?\d|2[0-4])(?:\s*(?:uur|u)\b(?<dp>\s+'?s\s?(?:avonds|ochtends|morgens|middags|nachts)\b)?|\s?(?<ap>[ap]\.?m\b\.?))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WholeHour();

    [GeneratedRegex(
        @"\b(?:(?<mi>\d{1,2}|kwart|een|twee|drie|vier|vijf|tien)\s+(?<dir>over|voor)\s+(?:(?<half>half)\s+)?|(?<half>half)\s+)(?<h>1[0-2]|[1-9]|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b(?<dp>\s+'?s\s?(?:avonds|ochtends|morgens|middags|nachts)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Spoken();
}
