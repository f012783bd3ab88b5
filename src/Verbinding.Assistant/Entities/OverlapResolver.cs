namespace Verbinding.Assistant.Entities;

/// <summary>Keeps the most specific, then the longest, of overlapping candidates; returns them in text order.</summary>
internal static class OverlapResolver
{
    public static IReadOnlyList<Entity> Resolve(string text, List<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        candidates.Sort(static (a, b) =>
            a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start.CompareTo(b.Start));

        var kept = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!kept.Exists(candidate.Overlaps))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var entities = new Entity[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var c = kept[i];
            entities[i] = new Entity(c.Kind, text.Substring(c.Start, c.Length), c.Value, c.Start, c.Length);
        }

        return entities;
    }
}
