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
        var database = NotCreatedYet();
        if (database._pgName is { } name)
        {
            await using var admin = new NpgsqlConnection(AdminConnectionString);
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        return database; // SQLite creates its file on the first connection
    }

    /// <summary>A database that does not exist yet (PostgreSQL: a new name; SQLite: a new file), as on a first start.</summary>
    public static TestDatabase NotCreatedYet()
    {
        if (ConfiguredProvider == "PostgreSQL")
        {
            var name = "verbinding_test_" + Guid.NewGuid().ToString("N")[..12];
            return new TestDatabase("PostgreSQL", ScratchConnectionString(name), null, name);
        }
        var file = Path.Combine(Path.GetTempPath(), $"verbinding-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={file}", file, null);
    }

    /// <summary>
    /// A scratch database's connection string. The test class is the application name, so pg_stat_activity (and
    /// ./test.sh's connection report) shows whose connections these are. Each test application may hold at most 20
    /// connections and gives idle ones back after 15 s: the suite runs next to the SQLite suite on a server with
    /// 100 slots by default, and one class that keeps its connections must not starve all the others.
    /// </summary>
    private static string ScratchConnectionString(string database)
    {
        var testClass = TestContext.Current.TestClass?.TestClassName ?? "verbinding-tests";
        testClass = testClass[(testClass.LastIndexOf('.') + 1)..];
        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = database,
            ApplicationName = testClass.Length > 60 ? testClass[..60] : testClass,
            MaxPoolSize = 20,
            ConnectionIdleLifetime = 15,
        }.ConnectionString;
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
