using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Cli.Database;

internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending migrations and seed reference data (idempotent).");
        migrate.SetAction(async (_, ct) =>
        {
            await using var app = CliHost.Build();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                await db.Database.MigrateAsync(ct);
                Console.WriteLine($"Applied {pending.Count} migration(s) on {db.Database.ProviderName}.");
            }
            await app.InitializeDatabaseAsync(ct);
            Console.WriteLine("Reference data is up to date.");
            return 0;
        });
        var db = new Command("db", "Database tasks.");
        db.Subcommands.Add(migrate);
        return db;
    }
}
