using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Monitor.Responses;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Cli.Demo;

internal static class DemoSurveyCommand
{
    private const int BatchSize = 5000;

    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many responses", DefaultValueFactory = _ => 1000 };
        count.Validators.Add(r => { if (r.GetValue(count) is < 1 or > 10_000_000) { r.AddError("--count must be 1 to 10,000,000."); } });
        var months = new Option<int>("--months") { Description = "Spread over this many months up to now", DefaultValueFactory = _ => 24 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same data)", DefaultValueFactory = _ => 2026 };
        var responses = new Command("survey-responses", "Generate realistic anonymous survey responses through the real storage code (with aggregates).")
        {
            count, months, seed,
        };
        responses.SetAction(async (parse, ct) =>
        {
            await using var app = CliHost.Build();
            var generator = new SurveyDemoGenerator(app.Services.GetRequiredService<ReferenceData>(), parse.GetValue(seed), parse.GetValue(months), TimeProvider.System.GetUtcNow());
            var store = app.Services.GetRequiredService<SurveyResponseStore>();
            var watch = Stopwatch.StartNew();
            var total = parse.GetValue(count);
            for (var done = 0; done < total; done += BatchSize)
            {
                var batch = generator.Next(Math.Min(BatchSize, total - done), store);
                // A fresh context per batch keeps the change tracker small.
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await store.AddAsync(db, batch.Responses, batch.Invited, ct);
                await transaction.CommitAsync(ct);
            }
            Console.WriteLine($"Stored {total} survey responses in {watch.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return responses;
    }
}
