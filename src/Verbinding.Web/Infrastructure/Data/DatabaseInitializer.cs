using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
        if (migrate)
        {
            await db.Database.MigrateAsync(ct);
        }
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, ct);
        }
    }
}
