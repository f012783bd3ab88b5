using System.Globalization;

namespace Verbinding.Load;

/// <summary>
/// Realistic, varied answers of simulated citizens reporting a stolen bicycle: each citizen its own BSN (9999 test
/// range, passes the elfproef), name, place, bicycle and frame number, so no two aangiftes are copies.
/// </summary>
public static class BicycleTheft
{
    private static readonly string[] FirstNames = ["Jan", "Fatima", "Sanne", "Kees", "Mohamed", "Anouk", "Daan", "Yara", "Bram", "Lotte"];
    private static readonly string[] LastNames = ["Jansen", "El Amrani", "de Vries", "Bakker", "Visser", "Yilmaz", "Smit", "de Boer", "Mulder", "Bos"];
    private static readonly string[] Municipalities = ["Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Maastricht", "Zwolle", "Breda", "Haarlem"];
    private static readonly string[] Streets = ["Stationsplein", "Oudegracht", "Markt", "Kerkstraat", "Dorpsstraat", "Schoolstraat"];
    private static readonly string[] Brands = ["Gazelle", "Batavus", "Sparta", "Cortina", "VanMoof", "Giant", "Cube", "Stromer"];
    private static readonly string[] Colours = ["zwart", "grijs", "blauw", "rood", "wit", "groen"];

    /// <summary>The eligibility questions on /aangifte/nieuw: nothing urgent, no suspect, an adult.</summary>
    public static readonly IReadOnlyDictionary<string, string> Eligibility = new Dictionary<string, string>
    {
        ["Answers[happeningNow]"] = "nee", ["Answers[danger]"] = "nee", ["Answers[suspectKnown]"] = "nee", ["Answers[violence]"] = "nee",
        ["Answers[inHome]"] = "nee", ["Answers[tracesOrCamera]"] = "nee", ["Answers[policeAttended]"] = "nee", ["Answers[idDocumentStolen]"] = "nee",
        ["Answers[sellerResponds]"] = "nee", ["Answers[vulnerable]"] = "nee", ["Age"] = "34",
    };

    /// <summary>The n-th valid BSN of the form 9999xxxxC (about 9,000 exist).</summary>
    public static string Bsn(int n)
    {
        for (var body = 0; body < 10_000; body++)
        {
            var digits = $"9999{body:0000}";
            var sum = 0;
            for (var i = 0; i < 8; i++)
                sum += (digits[i] - '0') * (9 - i);
            if (sum % 11 < 10 && n-- == 0)
                return digits + (sum % 11).ToString(CultureInfo.InvariantCulture);
        }
        throw new ArgumentOutOfRangeException(nameof(n), "at most about 9,000 test BSNs");
    }

    public static string Name(int n) => $"{FirstNames[n % FirstNames.Length]} {LastNames[(n / FirstNames.Length + 3 * n) % LastNames.Length]}";

    /// <summary>Every answer of the wizard by field name; each step posts the ones its form has.</summary>
    public static Dictionary<string, string> Answers(int n, DateOnly today)
    {
        var random = new Random(20261130 + n);
        var brand = Brands[random.Next(Brands.Length)];
        return new()
        {
            ["date"] = today.AddDays(-random.Next(1, 10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["time"] = $"{random.Next(7, 23):00}:{random.Next(0, 60):00}",
            ["municipality"] = Municipalities[random.Next(Municipalities.Length)],
            ["street"] = Streets[random.Next(Streets.Length)],
            ["houseNumber"] = random.Next(1, 200).ToString(CultureInfo.InvariantCulture),
            ["items.0.kind"] = random.Next(3) == 0 ? "e-bike" : "fiets",
            ["items.0.brand"] = brand,
            ["items.0.colour"] = Colours[random.Next(Colours.Length)],
            ["items.0.frameNumber"] = $"{brand[..2].ToUpperInvariant()}{random.Next(10_000_000, 99_999_999)}",
            ["items.0.value"] = $"{random.Next(150, 3500)},00",
            ["description"] = $"Mijn fiets stond op slot in het fietsenrek bij het station. Toen ik om {random.Next(12, 23)} uur terugkwam was hij weg.",
            ["keepInformed"] = "ja",
            ["compensation"] = random.Next(2) == 0 ? "ja" : "nee",
            ["slachtofferhulp"] = "nee",
            ["contactPreference"] = "email",
            ["email"] = $"burger{n}@example.nl",
        };
    }
}
