namespace Verbinding.Assistant.Entities;

/// <summary>Spelled-out Dutch numbers up to the thousands: "tweehonderd", "twee honderd vijftig", "vijfentwintig".</summary>
internal static class DutchNumberWords
{
    // Longest first, so "zeventien" is not read as "zeven" + rest.
    private static readonly (string Word, int Value)[] Words =
    [
        ("zeventien", 17), ("achttien", 18), ("negentien", 19), ("veertien", 14), ("vijftien", 15),
        ("zeventig", 70), ("negentig", 90), ("dertien", 13), ("zestien", 16), ("twintig", 20),
        ("veertig", 40), ("vijftig", 50), ("tachtig", 80), ("duizend", 1000), ("honderd", 100),
        ("twaalf", 12), ("dertig", 30), ("zestig", 60), ("zeven", 7), ("negen", 9),
        ("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("acht", 8), ("tien", 10),
        ("een", 1), ("één", 1), ("elf", 11), ("zes", 6), ("en", 0), ("ën", 0),
    ];

    public static bool TryParse(ReadOnlySpan<char> words, out decimal value)
    {
        value = 0;
        long total = 0, current = 0;
        var sawNumber = false;
        var i = 0;
        while (i < words.Length)
        {
            if (char.IsWhiteSpace(words[i]))
            {
                i++;
                continue;
            }

            var (word, number) = Next(words[i..]);
            if (word is null)
            {
                return false;
            }

            i += word.Length;
            if (number == 1000)
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else if (number == 100)
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else
            {
                current += number;
            }

            sawNumber |= number > 0;
        }

        value = total + current;
        return sawNumber && value > 0;
    }

    private static (string? Word, int Value) Next(ReadOnlySpan<char> rest)
    {
        foreach (var (word, number) in Words)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return (word, number);
            }
        }

        return (null, 0);
    }
}
