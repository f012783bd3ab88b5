using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Demo;

namespace Verbinding.Cli.Demo;

/// <summary>
/// `demo aangiftes --measure-submit`: fills N drafts through the wizard's steps (not timed), then times only the
/// submit of each, so the benchmark says what the 300/s target is about. Also prints what each phase costs the
/// database per aangifte (commands and transactions), which a busy shared machine cannot make noisy.
/// </summary>
internal static class SubmitBenchmark
{
    public static async Task RunAsync(WebApplication app, SqlRoundTrips sql, int n, int workers, CancellationToken ct)
    {
        var drafts = new Guid[n];
        var before = sql.Snapshot();
        var clock = Stopwatch.StartNew();
        await ForEachAsync(app.Services, n, workers, async (services, i, random) => drafts[i] = await DemoAangiftes.PrepareAsync(services, i, random, ct));
        var prepared = clock.Elapsed;
        var afterDrafts = sql.Snapshot();

        var millis = new double[n];
        clock.Restart();
        await ForEachAsync(app.Services, n, workers, async (services, i, _) =>
        {
            var start = Stopwatch.GetTimestamp();
            await DemoAangiftes.SubmitAsync(services, i, drafts[i], ct);
            millis[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        });
        var submitted = clock.Elapsed;
        var afterSubmit = sql.Snapshot();

        Array.Sort(millis);
        Console.Error.WriteLine($"prepared {n} drafts in {prepared.TotalSeconds:F1} s ({n / prepared.TotalSeconds:F0}/s, {workers} at a time): " +
            PerAangifte(before, afterDrafts, n));
        Console.Error.WriteLine($"submitted {n} aangiftes in {submitted.TotalSeconds:F1} s: {n / submitted.TotalSeconds:F0}/s " +
            $"(p50 {Percentile(millis, 0.50):F0} ms, p95 {Percentile(millis, 0.95):F0} ms, {workers} at a time)");
        Console.Error.WriteLine($"submit per aangifte: {PerAangifte(afterDrafts, afterSubmit, n)}");
    }

    /// <summary>Worker w handles w, w+P, w+2P, ... with its own seeded generator (the same set for the same P), a scope per item.</summary>
    private static Task ForEachAsync(IServiceProvider root, int n, int workers, Func<IServiceProvider, int, Random, Task> action) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            var random = new Random(20261201 + w);
            for (var i = w; i < n; i += workers)
            {
                await using var scope = root.CreateAsyncScope();
                await action(scope.ServiceProvider, i, random);
            }
        }));

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string PerAangifte((long Commands, long Transactions) from, (long Commands, long Transactions) to, int n) =>
        $"{(double)(to.Commands - from.Commands) / n:F1} SQL commands, {(double)(to.Transactions - from.Transactions) / n:F1} transactions per aangifte";
}
