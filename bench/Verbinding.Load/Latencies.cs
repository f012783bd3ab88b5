namespace Verbinding.Load;

/// <summary>Thread-safe collection of request latencies and errors, summarised as percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];
    private int _errors;

    public void Add(TimeSpan took)
    {
        lock (_ms)
            _ms.Add(took.TotalMilliseconds);
    }

    public void Error() => Interlocked.Increment(ref _errors);

    /// <summary>Sends one request and records its latency (success) or an error (non-2xx, refused, timed out).</summary>
    public async Task SendAsync(HttpClient client, HttpRequestMessage message)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(message);
            if (response.IsSuccessStatusCode)
                Add(clock.Elapsed);
            else
                Error();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Error();
        }
        finally
        {
            message.Dispose();
        }
    }

    public Summary Summarise(TimeSpan elapsed)
    {
        double[] sorted;
        lock (_ms)
            sorted = [.. _ms.Order()];
        double P(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Summary(sorted.Length, _errors, sorted.Length / elapsed.TotalSeconds, P(0.50), P(0.95), P(0.99));
    }
}

public sealed record Summary(int Count, int Errors, double PerSecond, double P50, double P95, double P99)
{
    public override string ToString() =>
        $"{Count} ok, {Errors} errors, {PerSecond:F0}/s, p50 {P50:F1} ms, p95 {P95:F1} ms, p99 {P99:F1} ms";
}
