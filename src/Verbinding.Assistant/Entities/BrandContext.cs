namespace Verbinding.Assistant.Entities;

/// <summary>Words that show which kind of object a message is about, to read an ambiguous brand name.</summary>
internal static class BrandContext
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["bicycle"] = ["fiets", "bike", "racefiets", "bicycle", "framenummer", "frame"],
        ["phone"] = ["telefoon", "mobiel", "gsm", "smartphone", "phone", "imei"],
        ["laptop"] = ["laptop", "notebook", "computer", "tablet"],
        ["car"] = ["auto", "wagen", "car", "kenteken", "bestelbus", "busje"],
        ["scooter"] = ["scooter", "snorfiets", "bromfiets", "brommer", "moped", "motor"],
    };

    public static bool Mentions(string text, string category) =>
        Words.TryGetValue(category, out var words)
        && words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
