using Npgsql;

namespace Verbinding.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database per test application: a temp SQLite file, or a new PostgreSQL database when
/// VERBINDING_TEST_PROVIDER=PostgreSQL (./test.sh runs the integration suite both ways).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _pgName;

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? pgName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _pgName = pgName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "PostgreSQL";

    public static string ConfiguredProvider =>
        Environment.GetEnvironmentVariable("VERBINDING_TEST_PROVIDER") is "PostgreSQL" or "postgres" ? "PostgreSQL" : "Sqlite";

    public static async Task<TestDatabase> CreateAsync()
    {
        if (ConfiguredProvider == "PostgreSQL")
        {
            var name = "verbinding_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(AdminConnectionString))
            {
                await admin.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await cmd.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
            return new TestDatabase("PostgreSQL", builder.ConnectionString, null, name);
        }
        var file = Path.Combine(Path.GetTempPath(), $"verbinding-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={file}", file, null);
    }

    /// <summary>A database that does not exist yet (PostgreSQL: a new name; SQLite: a new file), as on a first start.</summary>
    public static TestDatabase NotCreatedYet()
    {
        if (ConfiguredProvider == "PostgreSQL")
        {
            var name = "verbinding_test_" + Guid.NewGuid().ToString("N")[..12];
            return new TestDatabase("PostgreSQL", new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString, null, name);
        }
        var file = Path.Combine(Path.GetTempPath(), $"verbinding-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={file}", file, null);
    }

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("VERBINDING_TEST_PG")
        ?? "Host=127.0.0.1;Port=5432;Username=verbinding;Password=verbinding;Database=postgres";

    public ValueTask DisposeAsync()
    {
        if (_pgName is not null)
        {
            using (var pooled = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }
            ScratchDatabases.Drop(_pgName);
        }
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }
        return ValueTask.CompletedTask;
    }
}
