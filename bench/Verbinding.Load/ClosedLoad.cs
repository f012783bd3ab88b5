using System.Diagnostics;

namespace Verbinding.Load;

/// <summary>
/// Closed-loop throughput: C workers send the same kind of request back to back for the duration. Gives the
/// maximum requests per second of an endpoint and its latency at that load.
/// </summary>
public static class ClosedLoad
{
    public static async Task<Summary> RunAsync(Uri baseAddress, int workers, TimeSpan duration, Func<int, HttpRequestMessage> request)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new Latencies();
        var counter = 0;
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (started.Elapsed < duration)
            {
                var message = request(Interlocked.Increment(ref counter));
                await latencies.SendAsync(client, message);
            }
        }));
        return latencies.Summarise(started.Elapsed);
    }

    /// <summary>Open loop at a fixed rate (requests are sent on schedule whether or not earlier ones returned).</summary>
    public static async Task<Summary> FixedRateAsync(Uri baseAddress, int perSecond, TimeSpan duration, Func<int, HttpRequestMessage> request)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512 };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new Latencies();
        var started = Stopwatch.StartNew();
        var inFlight = new List<Task>();
        var total = (int)(perSecond * duration.TotalSeconds);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            var wait = due - started.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait);
            var message = request(i);
            inFlight.Add(Task.Run(() => latencies.SendAsync(client, message)));
        }
        await Task.WhenAll(inFlight);
        return latencies.Summarise(started.Elapsed);
    }
}
