using Npgsql;

namespace Verbinding.Cluster.Tests.Infrastructure;

/// <summary>A scratch PostgreSQL database for one cluster, dropped afterwards. The nodes create the schema themselves.</summary>
public sealed class ClusterDatabase : IAsyncDisposable
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=verbinding;Password=verbinding;Database=postgres";

    private readonly NpgsqlConnectionStringBuilder _server =
        new(Environment.GetEnvironmentVariable("VERBINDING_TEST_PG") is { Length: > 0 } s ? s : DefaultServer);

    public string Name { get; } = $"verbinding_cluster_{Guid.NewGuid():N}";
    public string Host => _server.Host!;
    public int Port => _server.Port;

    /// <summary>The node's connection string, optionally through a relay on another port. Short timeouts: fail fast.</summary>
    public string ConnectionString(int? port = null) => new NpgsqlConnectionStringBuilder(_server.ConnectionString)
    {
        Database = Name,
        Port = port ?? _server.Port,
        Timeout = 3,
        CommandTimeout = 10,
    }.ConnectionString;

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
