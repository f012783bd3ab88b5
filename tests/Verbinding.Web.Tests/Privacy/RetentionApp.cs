using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Security;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>The app on a clock the test moves; the purge job's own timer is off (Testing settings), the tests run it.</summary>
internal static class RetentionApp
{
    /// <param name="configure">More settings, e.g. the partners of referrals.</param>
    public static async Task<(VerbindingApplication App, FakeTimeProvider Clock)> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var app = await VerbindingApplication.StartAsync(s =>
        {
            MatrixFixture.HighRateLimits(s);
            configure?.Invoke(s);
        }, kestrel: true, services: s => s.AddSingleton<TimeProvider>(clock));
        return (app, clock);
    }

    /// <summary>Applies one category's rule at the clock's now, as the purge job does.</summary>
    public static async Task<RetentionResult> ApplyAsync(this VerbindingApplication app, string category, DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rule = scope.ServiceProvider.GetServices<IRetentionRule>().Single(r => r.Category == category);
        return await rule.ApplyAsync(now, CancellationToken.None);
    }

    public static Task<IReadOnlyDictionary<string, RetentionResult>?> PurgeAsync(this VerbindingApplication app, string node) =>
        app.Services.GetRequiredService<RetentionPurge>().RunAsync(node, CancellationToken.None);
}
