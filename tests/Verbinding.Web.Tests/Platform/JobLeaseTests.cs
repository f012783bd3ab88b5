using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Infrastructure.Jobs;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

public sealed class JobLeaseTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private JobLeases Leases => fixture.App.Services.GetRequiredService<JobLeases>();

    [Fact]
    public async Task Two_nodes_acquiring_the_same_lease_at_once_never_both_win()
    {
        for (var round = 0; round < 25; round++)
        {
            var name = $"race-{Guid.NewGuid():N}";
            // The first acquisition (both try to insert), then a takeover of the expired lease (both try to update).
            var first = await Task.WhenAll(Leases.TryAcquireAsync(name, "node-a", TimeSpan.FromMinutes(1)), Leases.TryAcquireAsync(name, "node-b", TimeSpan.FromMinutes(1)));
            Assert.Equal(1, first.Count(won => won));
            await Leases.ReleaseAsync(name, first[0] ? "node-a" : "node-b"); // as if it expired
            var takeover = await Task.WhenAll(Leases.TryAcquireAsync(name, "node-c", TimeSpan.FromMinutes(1)), Leases.TryAcquireAsync(name, "node-d", TimeSpan.FromMinutes(1)));
            Assert.Equal(1, takeover.Count(won => won));
        }
    }

    [Fact]
    public async Task A_holder_renews_its_lease_and_others_wait_until_it_expires_or_is_released()
    {
        var name = $"renew-{Guid.NewGuid():N}";
        Assert.True(await Leases.TryAcquireAsync(name, "node-a", TimeSpan.FromMinutes(1)));
        Assert.True(await Leases.TryAcquireAsync(name, "node-a", TimeSpan.FromMinutes(1)));
        Assert.False(await Leases.TryAcquireAsync(name, "node-b", TimeSpan.FromMinutes(1)));
        await Leases.ReleaseAsync(name, "node-a");
        Assert.True(await Leases.TryAcquireAsync(name, "node-b", TimeSpan.FromMinutes(1)));
    }
}
