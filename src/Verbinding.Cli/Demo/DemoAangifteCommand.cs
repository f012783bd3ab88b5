using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Demo;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Cli.Demo;

/// <summary>
/// `verbinding demo aangiftes --count N [--approve] [--parallel P] [--measure-submit [--warmup W]]`: files N aangiftes through the same application service the web
/// wizard uses (drafts, step validation, idempotent submit), never by raw inserts. With --approve each is approved
/// and one line "REGISTRATIONNUMBER VERIFICATIONCODE" is printed per aangifte.
/// </summary>
internal static class DemoAangifteCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many aangiftes (1-10000).", DefaultValueFactory = _ => 10 };
        var approve = new Option<bool>("--approve") { Description = "Approve each one and print its registration number and verification code." };
        var parallel = new Option<int>("--parallel") { Description = "Citizens filing at the same time (1-64); used by the load benchmark.", DefaultValueFactory = _ => 1 };
        var measureSubmit = new Option<bool>("--measure-submit")
        {
            Description = "Benchmark: fill the drafts first (not timed), then time only the submits; prints p50/p95, SQL commands and CPU per aangifte.",
        };
        var warmup = new Option<int>("--warmup")
        {
            Description = "With --measure-submit: submits first sent untimed, so the rate is that of a warmed-up node (0-10000).",
            DefaultValueFactory = _ => 0,
        };
        var aangiftes = new Command("aangiftes", "File realistic online aangiftes.");
        aangiftes.Options.Add(count);
        aangiftes.Options.Add(approve);
        aangiftes.Options.Add(parallel);
        aangiftes.Options.Add(measureSubmit);
        aangiftes.Options.Add(warmup);
        aangiftes.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(count);
            if (n is < 1 or > 10_000)
            {
                Console.Error.WriteLine("error: --count must be between 1 and 10000.");
                return 1;
            }
            var workers = parse.GetValue(parallel);
            if (workers is < 1 or > 64)
            {
                Console.Error.WriteLine("error: --parallel must be between 1 and 64.");
                return 1;
            }
            if (parse.GetValue(measureSubmit))
            {
                if (parse.GetValue(approve))
                {
                    Console.Error.WriteLine("error: --measure-submit cannot be combined with --approve.");
                    return 1;
                }
                if (parse.GetValue(warmup) is < 0 or > 10_000)
                {
                    Console.Error.WriteLine("error: --warmup must be between 0 and 10000.");
                    return 1;
                }
                var sql = new SqlRoundTrips();
                await using var measured = CliHost.Build(configure: services => services
                    .ConfigureDbContext<PostgresVerbindingDbContext>(o => o.AddInterceptors(sql))
                    .ConfigureDbContext<SqliteVerbindingDbContext>(o => o.AddInterceptors(sql)));
                await SubmitBenchmark.RunAsync(measured, sql, n, parse.GetValue(warmup), workers, ct);
                return 0;
            }
            await using var app = CliHost.Build();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // Worker w files aangiftes w, w+P, w+2P, ... with its own seeded generator: the same set for the same P.
            await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
            {
                var random = new Random(20261201 + w);
                for (var i = w; i < n; i += workers)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var line = await DemoAangiftes.FileAsync(scope.ServiceProvider, i, random, parse.GetValue(approve), ct);
                    if (line is not null)
                    {
                        lock (Console.Out)
                            Console.Out.WriteLine(line);
                    }
                }
            }));
            Console.Error.WriteLine($"filed {n} aangiftes in {clock.Elapsed.TotalSeconds:F1} s ({n / clock.Elapsed.TotalSeconds:F0}/s, {workers} at a time)");
            return 0;
        });
        return aangiftes;
    }
}
