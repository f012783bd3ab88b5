using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Conversations;

public sealed record QueueOption(string Unit, string Name);

/// <summary>The queues a chat can wait in: one per regional eenheid plus the national queue.</summary>
public sealed class ChatQueues(ReferenceData reference, MunicipalityResolver municipalities)
{
    private readonly Dictionary<string, string> _names = reference.Eenheden.Where(e => !e.National)
        .ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);

    public IReadOnlyList<QueueOption> All =>
        [new(ConversationQueues.National, "Landelijk"), .. _names.OrderBy(n => n.Value).Select(n => new QueueOption(n.Key, n.Value))];

    /// <summary>The municipality's eenheid, or the national queue when no (clear) municipality was given.</summary>
    public string UnitFor(string? municipality) =>
        municipalities.Resolve(municipality)?.Eenheid.Id is { } unit && _names.ContainsKey(unit) ? unit : ConversationQueues.National;

    public bool Exists(string unit) => unit == ConversationQueues.National || _names.ContainsKey(unit);

    public string NameOf(string unit) => _names.GetValueOrDefault(unit, "Landelijk");
}
