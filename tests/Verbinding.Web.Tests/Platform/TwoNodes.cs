using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

/// <summary>
/// Two application hosts on one database and one clock the test moves, so every job tick fires on both nodes at the
/// same instant: the worst case for "runs on one node at a time".
/// </summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(TestDatabase database, VerbindingApplication a, VerbindingApplication b, FakeTimeProvider clock) =>
        (Database, A, B, Clock) = (database, a, b, clock);

    public TestDatabase Database { get; }

    public VerbindingApplication A { get; }

    public VerbindingApplication B { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<TwoNodes> StartAsync(Action<Dictionary<string, string?>> settings)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var database = await TestDatabase.CreateAsync();
        void Services(IServiceCollection s) => s.AddSingleton<TimeProvider>(clock);
        var a = await VerbindingApplication.StartAsync(settings, database, services: Services);
        var b = await VerbindingApplication.StartAsync(settings, database, services: Services);
        return new TwoNodes(database, a, b, clock);
    }

    /// <summary>
    /// Moves the clock (counting on node B, which a test may keep running alone) <paramref name="ticks"/> times by <paramref name="interval"/>; after each tick waits until
    /// <paramref name="effects"/> reaches what one node alone would have done by then (<paramref name="expected"/> of the
    /// tick number), then a moment more for a second node's duplicate to show, and returns the final count. The moment
    /// also lets the slower node finish its tick before the clock moves on: a tick handled only after the next one is
    /// due finds the lease expired, which is a late run, not the race this looks for.
    /// </summary>
    public async Task<int> TickAsync(TimeSpan interval, int ticks, Func<int, int> expected, Func<VerbindingApplication, Task<int>> effects)
    {
        for (var tick = 1; tick <= ticks; tick++)
        {
            Clock.Advance(interval);
            // Generous: on a loaded CI machine (both integration suites at once) a tick's run has taken more than 15 s.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await effects(B) < expected(tick) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return await effects(B);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Database.DisposeAsync();
    }
}
