using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Reports;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Cli.Monitor;

internal static class MonitorCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create()
    {
        var groupBy = new Option<string>("--group-by") { Description = "eenheid | basisteam | channel | contact-type | topic | month | wout", DefaultValueFactory = _ => "eenheid" };
        groupBy.AcceptOnlyFromAmong([.. ReportParameters.GroupNames.Keys]);
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var from = new Option<string?>("--from") { Description = "First month, yyyy-MM (default: 11 months before --to)" };
        var to = new Option<string?>("--to") { Description = "Last month, yyyy-MM (default: this month)" };
        var eenheid = new Option<string?>("--eenheid") { Description = "Only this unit (id, e.g. rotterdam)" };

        var report = new Command("report", "Satisfaction per group from the aggregates; groups under 10 responses are suppressed.")
        {
            groupBy, format, from, to, eenheid,
        };
        report.SetAction(async (parse, ct) =>
        {
            if (!ReportParameters.TryParseMonth(parse.GetValue(from), out var fromMonth) || !ReportParameters.TryParseMonth(parse.GetValue(to), out var toMonth))
            {
                Console.Error.WriteLine("--from and --to take a month as yyyy-MM.");
                return 2;
            }
            await using var app = CliHost.Build();
            await using var scope = app.Services.CreateAsyncScope();
            var (defaultFrom, defaultTo) = ReportParameters.DefaultRange(TimeProvider.System.GetUtcNow());
            var last = toMonth ?? defaultTo;
            var query = new ReportQuery(ReportParameters.GroupNames[parse.GetValue(groupBy)!], fromMonth ?? (toMonth is null ? defaultFrom : ReportParameters.AddMonths(last, -11)), last, parse.GetValue(eenheid));
            // elapsedMs measures the report, not the process start: build the EF model and open the connection first.
            await scope.ServiceProvider.GetRequiredService<VerbindingDbContext>().Set<SatisfactionAggregate>().AnyAsync(ct);
            var watch = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<SatisfactionReport>().RunAsync(query, null, ct);
            var elapsed = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    groupBy = ReportParameters.NameOf(query.GroupBy),
                    from = ReportParameters.FormatMonth(query.FromMonth),
                    to = ReportParameters.FormatMonth(query.ToMonth),
                    rows = result.Rows,
                    national = result.National,
                    elapsedMs = elapsed,
                }, Json));
            }
            else
            {
                ReportTable.Write(Console.Out, result, elapsed);
            }
            return 0;
        });
        var monitor = new Command("monitor", "Politiemonitor: satisfaction reports.");
        monitor.Subcommands.Add(report);
        monitor.Subcommands.Add(DashboardTiming.Create());
        return monitor;
    }
}
