namespace Verbinding.Assistant.Entities;

/// <summary>Dutch and English month, weekday and small-number words.</summary>
internal static class CalendarWords
{
    public static int Month(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant() switch
    {
        "januari" or "january" or "jan" => 1,
        "februari" or "february" or "feb" => 2,
        "maart" or "march" or "mrt" or "mar" => 3,
        "april" or "apr" => 4,
        "mei" or "may" => 5,
        "juni" or "june" or "jun" => 6,
        "juli" or "july" or "jul" => 7,
        "augustus" or "august" or "aug" => 8,
        "september" or "sept" or "sep" => 9,
        "oktober" or "october" or "okt" or "oct" => 10,
        "november" or "nov" => 11,
        "december" or "dec" => 12,
        _ => 0,
    };

    /// <summary>Weekday as an ISO index: Monday 0 ... Sunday 6; -1 when unknown.</summary>
    public static int Weekday(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant() switch
    {
        "maandag" or "monday" => 0,
        "dinsdag" or "tuesday" => 1,
        "woensdag" or "wednesday" => 2,
        "donderdag" or "thursday" => 3,
        "vrijdag" or "friday" => 4,
        "zaterdag" or "saturday" => 5,
        "zondag" or "sunday" => 6,
        _ => -1,
    };

    /// <summary>Digits or a small number word ("drie", "three", "een", "a").</summary>
    public static int SmallNumber(ReadOnlySpan<char> word)
    {
        if (int.TryParse(word, out var digits))
        {
            return digits;
        }

        return word.ToString().ToLowerInvariant() switch
        {
            "een" or "één" or "a" or "an" or "one" => 1,
            "twee" or "two" => 2,
            "drie" or "three" => 3,
            "vier" or "four" => 4,
            "vijf" or "five" => 5,
            "zes" or "six" => 6,
            "zeven" or "seven" => 7,
            "acht" or "eight" => 8,
            "negen" or "nine" => 9,
            "tien" or "ten" => 10,
            "elf" or "eleven" => 11,
            "twaalf" or "twelve" => 12,
            "kwart" => 15,
            _ => -1,
        };
    }

    public static int IsoIndex(DayOfWeek day) => ((int)day + 6) % 7;
}
