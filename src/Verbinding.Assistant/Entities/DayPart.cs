using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Dutch clock talk is twelve-hour: "half 9" is 08:30 unless the message says evening ("'s avonds",
/// "vanavond", "gisteravond", "pm") or afternoon. The part of day is read near the time phrase.
/// </summary>
internal static partial class DayPart
{
    private const int Before = 40;
    private const int After = 30;

    /// <summary>Turns an hour 1-12 into a 24-hour hour using the words around the time phrase.</summary>
    public static int ToTwentyFourHour(string text, int start, int end, int hour)
    {
        if (hour > 12)
        {
            return hour;
        }

        var from = Math.Max(0, start - Before);
        var window = text.AsSpan(from, Math.Min(text.Length, end + After) - from);
        if (Evening().IsMatch(window))
        {
            return hour == 12 ? 12 : hour + 12;
        }

        if (Afternoon().IsMatch(window))
        {
            return hour <= 6 ? hour + 12 : hour;
        }

        if (Night().IsMatch(window) || Morning().IsMatch(window))
        {
            return hour == 12 ? 0 : hour;
        }

        return hour;
    }

    [GeneratedRegex(@"avond|evening|tonight|\bpm\b|\bp\.m\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Evening();

    [GeneratedRegex(@"middag|afternoon", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Afternoon();

    [GeneratedRegex(@"nacht|night", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Night();

    [GeneratedRegex(@"ochtend|morgen|morning|\bam\b|\ba\.m\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Morning();
}
