using Microsoft.EntityFrameworkCore;

namespace Verbinding.Web.Infrastructure.Data;

public static class DataExtensions
{
    /// <summary>Registers the DbContext for the configured provider; <see cref="VerbindingDbContext"/> resolves to it.</summary>
    public static IHostApplicationBuilder AddVerbindingData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Verbinding");

        if (options.Provider == DatabaseProvider.PostgreSQL)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is PostgreSQL but ConnectionStrings:Verbinding is empty. " +
                    "Set ConnectionStrings__Verbinding, e.g. 'Host=localhost;Database=verbinding;Username=verbinding;Password=...'.");
            }
            builder.Services.AddDbContext<PostgresVerbindingDbContext>(o => o
                .UseNpgsql(connectionString));
            builder.Services.AddScoped<VerbindingDbContext>(sp => sp.GetRequiredService<PostgresVerbindingDbContext>());
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString)
                ? RepositoryPaths.DefaultSqliteConnectionString(builder.Environment.ContentRootPath)
                : connectionString;
            builder.Services.AddDbContext<SqliteVerbindingDbContext>(o => o.UseSqlite(sqlite));
            builder.Services.AddScoped<VerbindingDbContext>(sp => sp.GetRequiredService<SqliteVerbindingDbContext>());
        }
        return builder;
    }
}
