using Verbinding.Assistant.Entities;

namespace Verbinding.Assistant.Dialogue;

/// <summary>
/// Turns entities into the details dictionary the web form reads to prefill an aangifte
/// (keys: date, time, place, postcode, address, amount, iban, licencePlate, phone, email, url, imei, frameNumber, brand).
/// </summary>
public static class Prefill
{
    public static string Key(EntityKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Adds the message's entities; a later value of the same kind replaces an earlier one (a correction).</summary>
    public static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> details, IEnumerable<Entity> entities)
    {
        var merged = new Dictionary<string, string>(details);
        foreach (var entity in entities)
            merged[Key(entity.Kind)] = entity.Value;
        return merged;
    }

    /// <summary>"datum 2026-11-28, plaats Utrecht" in the reply's language, in a stable order.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> details, Func<string, string> label) =>
        string.Join(", ", Enum.GetValues<EntityKind>()
            .Select(Key)
            .Where(details.ContainsKey)
            .Select(key => $"{label(key)} {details[key]}"));
}
