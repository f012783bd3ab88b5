using Npgsql;

namespace Verbinding.Web.Infrastructure.Data;

/// <summary>
/// Creates a PostgreSQL database that does not exist yet before EF Core looks for it. EF finds that out by failing to
/// open a connection, and logs the failure as an error ("An error occurred using the connection to database") on
/// every first start, which sends an operator looking for a fault that is not there. Works through the maintenance
/// database "postgres"; where that is not allowed, EF creates the database as before.
/// </summary>
public static class PostgresDatabaseCreator
{
    /// <summary>True when this call created the database.</summary>
    public static async Task<bool> EnsureExistsAsync(string connectionString, ILogger logger, CancellationToken ct)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(ct);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
            if (await exists.ExecuteScalarAsync(ct) is not null)
            {
                return false;
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
            logger.LogInformation("Created PostgreSQL database {Database}", name);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            return false; // another node starting at the same moment created it
        }
        catch (NpgsqlException e)
        {
            logger.LogDebug(e, "Could not check for database {Database} through the maintenance database; EF Core will", name);
            return false;
        }
    }
}
