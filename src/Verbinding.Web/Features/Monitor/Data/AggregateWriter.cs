using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// Adds deltas to the aggregate rows with one atomic upsert (INSERT ... ON CONFLICT DO UPDATE, the same SQL on
/// SQLite and PostgreSQL): concurrent writers on several nodes add up instead of overwriting each other.
/// Call it inside the transaction that stores the responses, so aggregates and rows never disagree.
/// </summary>
public static class AggregateWriter
{
    private static readonly string[] KeyColumns = ["Month", "EenheidId", "BasisteamId", "Channel", "ContactType", "Topic", "WoutOnly"];

    // Parameters per statement stay well below SQLite's and PostgreSQL's limits.
    private const int RowsPerStatement = 400;

    public static async Task AddAsync(VerbindingDbContext db, IReadOnlyDictionary<ContactMetadata, AggregateDelta> deltas, CancellationToken ct)
    {
        foreach (var chunk in deltas.Chunk(RowsPerStatement))
        {
            var parameters = new List<object>(chunk.Length * 19);
            var sql = new StringBuilder("INSERT INTO \"SatisfactionAggregates\" (");
            sql.AppendJoin(", ", KeyColumns.Concat(AggregateDelta.CountColumns).Select(c => $"\"{c}\"")).Append(") VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                var (key, delta) = chunk[row];
                object[] values = [key.Month, key.EenheidId, key.BasisteamId, key.Channel, key.ContactType, key.Topic, key.WoutOnly, .. delta.Counts().Cast<object>()];
                sql.Append(row == 0 ? "(" : ", (");
                sql.AppendJoin(", ", values.Select((_, i) => "{" + (parameters.Count + i) + "}")).Append(')');
                parameters.AddRange(values);
            }
            sql.Append(" ON CONFLICT (").AppendJoin(", ", KeyColumns.Select(c => $"\"{c}\"")).Append(") DO UPDATE SET ");
            sql.AppendJoin(", ", AggregateDelta.CountColumns.Select(c => $"\"{c}\" = \"SatisfactionAggregates\".\"{c}\" + excluded.\"{c}\""));
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
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

    public static AggregateDelta For(Dictionary<ContactMetadata, AggregateDelta> deltas, ContactMetadata key)
    {
        if (!deltas.TryGetValue(key, out var delta))
        {
            deltas[key] = delta = new AggregateDelta();
        }
        return delta;
    }
}
