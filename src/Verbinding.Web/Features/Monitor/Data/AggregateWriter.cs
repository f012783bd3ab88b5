using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// Adds deltas to every aggregate level (and the item answers to the item aggregate). Call it inside the
/// transaction that stores the responses or invitations, so aggregates and rows never disagree.
/// </summary>
public static class AggregateWriter
{
    public static async Task AddAsync(VerbindingDbContext db, IReadOnlyDictionary<ContactMetadata, AggregateDelta> deltas, CancellationToken ct,
        IReadOnlyDictionary<ItemKey, ItemDelta>? items = null)
    {
        foreach (var level in AggregateLevels.All)
        {
            var projected = new Dictionary<ContactMetadata, AggregateDelta>();
            foreach (var (key, delta) in deltas)
            {
                For(projected, level.Project(key)).Add(delta);
            }
            var rows = projected.Select(p => Row(level.KeyValues(p.Key), p.Value.Counts())).ToList();
            await AggregateUpsert.RunAsync(db, level.Table, level.KeyColumns, AggregateDelta.CountColumns, rows, ct);
        }
        if (items is { Count: > 0 })
        {
            var rows = items.Select(i => Row(i.Key.Values(), i.Value.Counts())).ToList();
            await AggregateUpsert.RunAsync(db, ItemAggregate.Table, ItemKey.Columns, ItemDelta.CountColumns, rows, ct);
        }
    }

    public static Dictionary<ContactMetadata, AggregateDelta> Collect(IEnumerable<SurveyResponse> responses)
    {
        var deltas = new Dictionary<ContactMetadata, AggregateDelta>();
        foreach (var response in responses)
        {
            For(deltas, response.Metadata).AddResponse(response.Overall, response.Grade, response.Trust);
        }
        return deltas;
    }

    /// <summary>Each answered item of each response, keyed by month, eenheid, channel, item and answer value.</summary>
    public static Dictionary<ItemKey, ItemDelta> CollectItems(IEnumerable<SurveyResponse> responses)
    {
        var items = new Dictionary<ItemKey, ItemDelta>();
        foreach (var response in responses)
        {
            foreach (var (item, answer) in response.ItemValues())
            {
                var key = new ItemKey(response.Month, response.EenheidId, response.Channel, item, answer);
                if (!items.TryGetValue(key, out var delta))
                {
                    items[key] = delta = new ItemDelta();
                }
                delta.AddResponse(response.Overall);
            }
        }
        return items;
    }

    private static object[] Row(object[] key, long[] counts)
    {
        var row = new object[key.Length + counts.Length];
        key.CopyTo(row, 0);
        for (var i = 0; i < counts.Length; i++)
        {
            row[key.Length + i] = counts[i];
        }
        return row;
    }

    public static AggregateDelta For(Dictionary<ContactMetadata, AggregateDelta> deltas, ContactMetadata key)
    {
        if (!deltas.TryGetValue(key, out var delta))
        {
            deltas[key] = delta = new AggregateDelta();
        }
        return delta;
    }
}
