using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Verbinding.Web.Infrastructure.Data;

public static class DataExtensions
{
    /// <summary>
    /// Registers the DbContext for the configured provider; <see cref="VerbindingDbContext"/> resolves to it. Contexts
    /// are pooled: building a fresh context and its options per request cost a fifth of an aangifte submit's CPU
    /// (docs/benchmarks.md, "Aangifte submit"). A pooled context is reset on return, so no state crosses requests.
    /// </summary>
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
            var postgres = PostgresConnectionDefaults.Apply(connectionString);
            builder.Services.AddDbContextPool<PostgresVerbindingDbContext>(o => o.UseNpgsql(postgres));
            builder.Services.AddScoped<VerbindingDbContext>(sp => sp.GetRequiredService<PostgresVerbindingDbContext>());
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString)
                ? RepositoryPaths.DefaultSqliteConnectionString(builder.Environment.ContentRootPath)
                : connectionString;
            builder.Services.AddDbContextPool<SqliteVerbindingDbContext>(o => o.UseSqlite(sqlite));
            builder.Services.AddScoped<VerbindingDbContext>(sp => sp.GetRequiredService<SqliteVerbindingDbContext>());
        }
        builder.Services.AddSingleton<Counters.CounterBlocks>();
        return builder;
    }
}

/// <summary>
/// Connection settings the application is measured with, applied unless the connection string sets them itself.
/// <list type="bullet">
/// <item><c>Max Auto Prepare=64</c>: the statements a connection runs most are prepared once, so PostgreSQL stops
/// parsing and planning every insert of a submit again (its CPU per aangifte submit fell from 2.4 to 1.6 ms).</item>
/// <item><c>No Reset On Close=true</c>: a connection going back to the pool is not reset with <c>DISCARD ALL</c>,
/// which would also throw those prepared statements away. Safe because the application keeps no session state on a
/// connection (no <c>SET</c>, temporary tables, advisory locks or <c>LISTEN</c>; an open transaction is still rolled
/// back on close).</item>
/// </list>
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 64;

    public static string Apply(string connectionString)
    {
        // The generic parser knows only the keys actually written (quoting handled); Npgsql's knows every setting.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = MaxAutoPrepare;
        }
        if (!given.Contains("NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }
        return settings.ConnectionString;
    }
}
