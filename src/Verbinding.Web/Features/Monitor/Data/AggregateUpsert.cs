using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// Multi-row INSERT statements, optionally as an atomic upsert (INSERT ... ON CONFLICT DO UPDATE, the same SQL on
/// SQLite and PostgreSQL): concurrent writers on several nodes add up instead of overwriting each other.
/// </summary>
internal static class AggregateUpsert
{
    // Small statements on purpose: Microsoft.Data.Sqlite looks every parameter up by name in every statement, so the
    // cost of one statement grows with the square of its parameters (8,000 per statement made 1,000 responses take 2 s).
    private const int MaxParameters = 500;

    /// <summary>Adds <paramref name="countColumns"/> to the row with the same key, or inserts it.</summary>
    /// <param name="rows">Each row: the key values, then the counts, in column order.</param>
    public static Task RunAsync(VerbindingDbContext db, string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> countColumns,
        IReadOnlyList<object[]> rows, CancellationToken ct)
    {
        var conflict = new StringBuilder(" ON CONFLICT (").AppendJoin(", ", keyColumns.Select(Quote)).Append(") DO UPDATE SET ")
            .AppendJoin(", ", countColumns.Select(c => $"{Quote(c)} = {Quote(table)}.{Quote(c)} + excluded.{Quote(c)}")).ToString();
        return InsertAsync(db, table, [.. keyColumns, .. countColumns], rows, conflict, ct);
    }

    /// <summary>Plain inserts, many rows per statement (EF's one statement per row is the slow part of bulk loads).</summary>
    public static async Task InsertAsync(VerbindingDbContext db, string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows,
        string suffix, CancellationToken ct)
    {
        var width = columns.Count;
        foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / width)))
        {
            var parameters = new List<object?>(chunk.Length * width);
            var sql = new StringBuilder($"INSERT INTO {Quote(table)} (").AppendJoin(", ", columns.Select(Quote)).Append(") VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var i = 0; i < width; i++)
                {
                    sql.Append(i == 0 ? "{" : ", {").Append(parameters.Count + i).Append('}');
                }
                sql.Append(')');
                parameters.AddRange(chunk[row]);
            }
            await db.Database.ExecuteSqlRawAsync(sql.Append(suffix).ToString(), parameters!, ct);
        }
    }

    private static string Quote(string name) => $"\"{name}\"";
}
