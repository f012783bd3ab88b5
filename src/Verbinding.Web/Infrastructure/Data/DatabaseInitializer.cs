using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Observability;

namespace Verbinding.Web.Infrastructure.Data;

/// <summary>A step run once at start-up after migrations (reference data, demo data). Must be idempotent.</summary>
public interface IDatabaseSeeder
{
    int Order { get; }

    Task SeedAsync(VerbindingDbContext db, CancellationToken ct);
}

public static class DatabaseInitializer
{
    /// <summary>Applies migrations (when configured) and runs every registered seeder in order.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var migrate = options.MigrateOnStartup ?? app.Environment.IsDevelopment();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(StartupPhases.Category);
        var started = TimeProvider.System.GetTimestamp();
        _ = db.Model; // the first use of a context builds the EF model: timed apart from the database's answer
        logger.LogInformation("EF model built in {Elapsed:F0} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        started = TimeProvider.System.GetTimestamp();
        // MigrateAsync also diffs the whole model against the snapshot (EF's pending-model-changes check), about a
        // second of a cold start; an up-to-date database skips it. Fresh databases (every test run) still get the check.
        if (migrate)
        {
            // A first start: create what EF would otherwise find missing by failing (logged as errors on PostgreSQL).
            if (db.Database.IsNpgsql())
            {
                await PostgresDatabaseCreator.EnsureExistsAsync(db.Database.GetConnectionString()!, logger, ct);
            }
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        }
        var pending = migrate && (await db.Database.GetPendingMigrationsAsync(ct)).Any();
        logger.LogInformation("Pending migrations looked up in {Elapsed:F0} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        if (pending)
        {
            started = TimeProvider.System.GetTimestamp();
            await db.Database.MigrateAsync(ct);
            logger.LogInformation("Migrations applied in {Elapsed:F0} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        if (db.Database.IsSqlite())
        {
            // Write-ahead log: a reader and the writer no longer block each other. In the default rollback-journal
            // mode a long read held every commit back until it failed with "database is locked". Stored in the
            // file, so after the first start this only confirms it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", ct);
        }
        started = TimeProvider.System.GetTimestamp();
        var seeders = scope.ServiceProvider.GetServices<IDatabaseSeeder>().OrderBy(s => s.Order).ToList();
        logger.LogInformation("Seeders resolved in {Elapsed:F0} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        foreach (var seeder in seeders)
        {
            var step = TimeProvider.System.GetTimestamp();
            await seeder.SeedAsync(db, ct);
            logger.LogInformation("Seeder {Seeder} ran in {Elapsed:F0} ms", seeder.GetType().Name, TimeProvider.System.GetElapsedTime(step).TotalMilliseconds);
        }
    }
}
