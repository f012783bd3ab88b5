using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Monitor.Reports;

namespace Verbinding.Cli.Monitor;

/// <summary>
/// `verbinding monitor timing`: runs exactly what one dashboard view queries (report, trend per month, item drivers)
/// for every grouping, in one process like the web server, and prints the first and the median of the later runs.
/// </summary>
internal static class DashboardTiming
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Runs per view after the first", DefaultValueFactory = _ => 5 };
        var eenheid = new Option<string?>("--eenheid") { Description = "Scope to one unit, as a unit analyst sees it" };
        var command = new Command("timing", "Time the dashboard's queries per grouping (ms): first run and median of the next runs.") { runs, eenheid };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = CliHost.Build();
            var (from, to) = ReportParameters.DefaultRange(TimeProvider.System.GetUtcNow());
            Console.WriteLine("view\tfirst_ms\tmedian_ms");
            foreach (var (name, groupBy) in ReportParameters.GroupNames)
            {
                var query = new ReportQuery(groupBy, from, to);
                var times = new List<double>();
                for (var run = 0; run <= parse.GetValue(runs); run++)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    var report = scope.ServiceProvider.GetRequiredService<SatisfactionReport>();
                    var items = scope.ServiceProvider.GetRequiredService<ItemAnalysis>();
                    var scopeEenheid = parse.GetValue(eenheid);
                    var watch = Stopwatch.StartNew();
                    await report.RunAsync(query, scopeEenheid, ct);
                    await report.TrendAsync(query with { GroupBy = GroupBy.Month }, scopeEenheid, ct);
                    await items.DriversAsync(query, scopeEenheid, ct);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                var later = times.Skip(1).Order().ToList();
                Console.WriteLine($"{name}\t{times[0]:0.0}\t{(later.Count == 0 ? times[0] : later[later.Count / 2]):0.0}");
            }
            return 0;
        });
        return command;
    }
}
