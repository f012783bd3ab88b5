using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Demo;

namespace Verbinding.Cli.Demo;

/// <summary>
/// `demo aangiftes --measure-submit`: fills N drafts through the wizard's steps (not timed), then times only the
/// submit of each, so the benchmark says what the 300/s target is about. The target is a sustained rate, so the first
/// submits warm the process up (JIT to optimised code, pools filled) untimed, as a node that has run for a while is.
/// Also prints what each submit costs the database (commands, transactions) and the processors (this process and
/// PostgreSQL on this machine), which a busy shared machine cannot make noisy the way it makes the rate noisy.
/// </summary>
internal static class SubmitBenchmark
{
    public static async Task RunAsync(WebApplication app, SqlRoundTrips sql, int n, int warmup, int workers, CancellationToken ct)
    {
        var total = n + warmup;
        var drafts = new Guid[total];
        var before = sql.Snapshot();
        var clock = Stopwatch.StartNew();
        await ForEachAsync(app.Services, 0, total, workers, async (services, i, random) => drafts[i] = await DemoAangiftes.PrepareAsync(services, i, random, ct));
        var prepared = clock.Elapsed;
        var afterDrafts = sql.Snapshot();
        Console.Error.WriteLine($"prepared {total} drafts in {prepared.TotalSeconds:F1} s ({total / prepared.TotalSeconds:F0}/s, {workers} at a time): " +
            PerAangifte(before, afterDrafts, total));

        if (warmup > 0)
        {
            clock.Restart();
            await ForEachAsync(app.Services, n, total, workers, async (services, i, _) => await DemoAangiftes.SubmitAsync(services, i, drafts[i], ct));
            Console.Error.WriteLine($"warm-up: submitted {warmup} aangiftes in {clock.Elapsed.TotalSeconds:F1} s ({warmup / clock.Elapsed.TotalSeconds:F0}/s, not counted)");
        }

        var millis = new double[n];
        var beforeSubmit = sql.Snapshot();
        var cpuBefore = ProcessorTime.Snapshot();
        clock.Restart();
        await ForEachAsync(app.Services, 0, n, workers, async (services, i, _) =>
        {
            var start = Stopwatch.GetTimestamp();
            await DemoAangiftes.SubmitAsync(services, i, drafts[i], ct);
            millis[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        });
        var submitted = clock.Elapsed;
        var afterSubmit = sql.Snapshot();
        var cpuAfter = ProcessorTime.Snapshot();

        Array.Sort(millis);
        Console.Error.WriteLine($"submitted {n} aangiftes in {submitted.TotalSeconds:F1} s: {n / submitted.TotalSeconds:F0}/s " +
            $"(p50 {Percentile(millis, 0.50):F0} ms, p95 {Percentile(millis, 0.95):F0} ms, {workers} at a time)");
        Console.Error.WriteLine($"submit per aangifte: {PerAangifte(beforeSubmit, afterSubmit, n)}; CPU " +
            $"{(cpuAfter.Own - cpuBefore.Own).TotalMilliseconds / n:F2} ms in this process, " +
            $"{(cpuAfter.Postgres - cpuBefore.Postgres).TotalMilliseconds / n:F2} ms in PostgreSQL on this machine");
    }

    /// <summary>
    /// Worker w handles from+w, from+w+P, ... below <paramref name="to"/> with its own seeded generator (the same set for
    /// the same P), a scope per item.
    /// </summary>
    private static Task ForEachAsync(IServiceProvider root, int from, int to, int workers, Func<IServiceProvider, int, Random, Task> action) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            var random = new Random(20261201 + w);
            for (var i = from + w; i < to; i += workers)
            {
                await using var scope = root.CreateAsyncScope();
                await action(scope.ServiceProvider, i, random);
            }
        }));

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string PerAangifte((long Commands, long Transactions) from, (long Commands, long Transactions) to, int n) =>
        $"{(double)(to.Commands - from.Commands) / n:F1} SQL commands, {(double)(to.Transactions - from.Transactions) / n:F1} transactions per aangifte";
}
