using System.Text.Json;

namespace Verbinding.Load;

/// <summary>
/// Prints each measurement. Without --json: one line for people on stdout. With --json: that line goes to stderr and
/// stdout gets one JSON object per measurement, which bench/load/run.sh collects and bench/load/summarise.py turns
/// into medians.
/// </summary>
public sealed class Report(bool json)
{
    /// <summary>A latency summary; <paramref name="extra"/> adds fields that say how it was measured.</summary>
    public void Write(string key, string label, Summary summary, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var record = new Dictionary<string, object?>
        {
            ["key"] = key,
            ["count"] = summary.Count,
            ["errors"] = summary.Errors,
            ["perSecond"] = Number(summary.PerSecond),
            ["p50"] = Number(summary.P50),
            ["p95"] = Number(summary.P95),
            ["p99"] = Number(summary.P99),
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, object?>())
            record[name] = value;
        Emit(label + summary, record);
    }

    public void Write(string key, string label, double value) =>
        Emit($"{label}{value:F2}", new Dictionary<string, object?> { ["key"] = key, ["value"] = Number(value) });

    private void Emit(string line, Dictionary<string, object?> record)
    {
        if (!json)
        {
            Console.WriteLine(line);
            return;
        }
        Console.Error.WriteLine(line);
        Console.WriteLine(JsonSerializer.Serialize(record));
    }

    // JSON has no NaN: a measurement with no successful request has no percentiles.
    private static double? Number(double value) => double.IsFinite(value) ? Math.Round(value, 3) : null;
}
