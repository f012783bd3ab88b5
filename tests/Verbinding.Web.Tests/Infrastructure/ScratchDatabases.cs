using System.Threading.Channels;
using Npgsql;

[assembly: AssemblyFixture(typeof(Verbinding.Web.Tests.Infrastructure.ScratchDatabases))]

namespace Verbinding.Web.Tests.Infrastructure;

/// <summary>
/// Drops the PostgreSQL scratch databases of finished tests one after another in the background. A DROP DATABASE
/// waits for a checkpoint (seconds on a busy machine); a test no longer holds its parallel slot for that. The
/// assembly fixture waits for the last drop when the run ends.
/// </summary>
public sealed class ScratchDatabases : IAsyncDisposable
{
    private static readonly Channel<string> Pending = Channel.CreateUnbounded<string>(new() { SingleReader = true });

    private static readonly Task Dropping = Task.Run(DropAllAsync);

    public static void Drop(string name) => Pending.Writer.TryWrite(name);

    public async ValueTask DisposeAsync()
    {
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        Pending.Writer.TryComplete();
        await Dropping;
        Console.Error.WriteLine($"scratch databases: waited {waiting.ElapsedMilliseconds} ms for the last drops");
    }

    private static async Task DropAllAsync()
    {
        await foreach (var name in Pending.Reader.ReadAllAsync())
        {
            await DropAsync(name);
        }
    }

    // Retried: background services of a just-stopped host can still hold a connection for a moment. A leftover is
    // reported but is not a test failure.
    private static async Task DropAsync(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var admin = new NpgsqlConnection(TestDatabase.AdminConnectionString);
                await admin.OpenAsync();
                await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await cmd.ExecuteNonQueryAsync();
                return;
            }
            catch (NpgsqlException) when (attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
            catch (NpgsqlException e)
            {
                Console.Error.WriteLine($"warning: scratch database {name} was not dropped: {e.Message}");
                return;
            }
        }
    }
}
