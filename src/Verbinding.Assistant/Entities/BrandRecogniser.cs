using System.Reflection;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Brands of bicycles, phones, laptops, cars and scooters (embedded brands.tsv). A name that is also a
/// common word ("Trek", "Union", "Seat", "Mini") only counts when the message talks about that kind of
/// object ("fiets", "auto", "telefoon"...). Value: the canonical brand ("iPhone" -> "Apple").
/// </summary>
internal sealed class BrandRecogniser : IEntityRecogniser
{
    private static readonly PhraseMatcher<BrandEntry> Brands = Load();

    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        var position = 0;
        while ((position = Words.NextStart(text, position)) >= 0)
        {
            var end = Words.End(text, position);
            var length = Brands.MatchAt(text, position, end, out var start, out var brand);
            if (length > 0 && (!brand.NeedsContext || BrandContext.Mentions(text, brand.Category)))
            {
                found.Add(new Candidate(EntityKind.Brand, start, length, brand.Canonical, Specificity.Brand));
                position = start + length;
            }
            else
            {
                position = end;
            }
        }
    }

    // Format: category<TAB>Canonical<TAB>alias|alias; "?" after an alias = needs a context word.
    private static PhraseMatcher<BrandEntry> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Verbinding.Assistant.Entities.Data.brands.tsv")
            ?? throw new InvalidOperationException("Embedded brands.tsv is missing.");
        using var reader = new StreamReader(stream);
        var entries = new List<(string, BrandEntry)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            foreach (var alias in parts[2].Split('|'))
            {
                var needsContext = alias.EndsWith('?');
                entries.Add((alias.TrimEnd('?'), new BrandEntry(parts[1], parts[0], needsContext)));
            }
        }

        return new PhraseMatcher<BrandEntry>(entries);
    }

    private sealed record BrandEntry(string Canonical, string Category, bool NeedsContext);
}
