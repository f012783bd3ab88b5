using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Tests.Dialogue;

/// <summary>A fake classifier: each scripted text has a fixed understanding; anything else is "onbekend".</summary>
internal sealed class ScriptedUnderstanding : IMessageUnderstanding
{
    private readonly Dictionary<string, MessageUnderstanding> _script = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Seen { get; } = [];

    public string DefaultLanguage { get; set; } = "nl";

    public ScriptedUnderstanding Says(string text, string topic, string language = "nl", bool emergency = false,
        IReadOnlyList<Entity>? entities = null, IReadOnlyList<TopicScore>? candidates = null)
    {
        _script[text] = new MessageUnderstanding(topic, topic == TopicIds.Onbekend ? 0.3 : 0.9, language, emergency,
            candidates ?? [], entities ?? []);
        return this;
    }

    public MessageUnderstanding Understand(string text, DateTimeOffset now)
    {
        Seen.Add(text);
        return _script.TryGetValue(text, out var understood)
            ? understood
            : new MessageUnderstanding(TopicIds.Onbekend, 0.1, DefaultLanguage, false, [], []);
    }

    public static Entity Date(string value) => new(EntityKind.Date, value, value, 0, value.Length);

    public static Entity Place(string value) => new(EntityKind.Place, value, value, 0, value.Length);

    public static Entity Brand(string value) => new(EntityKind.Brand, value, value, 0, value.Length);

    public static Entity Email(string value) => new(EntityKind.Email, value, value, 0, value.Length);

    public static Entity Iban(string value) => new(EntityKind.Iban, value, value, 0, value.Length);
}
