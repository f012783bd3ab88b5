using System.Net;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

public sealed class SeveralNodesTests
{
    [Fact]
    public async Task Staff_cookie_issued_by_one_node_is_accepted_by_another_node_on_the_same_database()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var nodeA = await VerbindingApplication.StartAsync(database: database);
        await using var nodeB = await VerbindingApplication.StartAsync(database: database);
        var user = await nodeA.CreateStaffAsync(StaffRoles.Supervisor);
        using var onA = await nodeA.SignInAsStaffAsync(user);
        var response = await onA.GetAsync("/medewerker");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));

        using var onB = nodeB.CreateBrowserClient();
        onB.DefaultRequestHeaders.Add("Cookie", cookie);
        var page = await onB.GetPageAsync("/medewerker");
        Assert.Equal("midden-nederland", page.QuerySelector("[data-testid=unit]")!.TextContent);
    }

    [Fact]
    public async Task Readiness_includes_redis_when_a_redis_connection_is_configured()
    {
        var redis = Environment.GetEnvironmentVariable("VERBINDING_TEST_REDIS");
        if (string.IsNullOrEmpty(redis))
        {
            Assert.Skip("VERBINDING_TEST_REDIS is not set (./test.sh starts Redis and sets it).");
        }
        await using var app = await VerbindingApplication.StartAsync(s => s["ConnectionStrings:Redis"] = redis);
        using var client = app.CreateClient();
        // The Redis check connects on its first call, within 2 s: on a loaded machine that first call can time out. A
        // node may be not-ready for a moment after start; it must become ready (the broken node below never does).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var ready = await client.GetAsync("/health/ready");
        while (ready.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            ready = await client.GetAsync("/health/ready");
        }
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        await using var broken = await VerbindingApplication.StartAsync(s => s["ConnectionStrings:Redis"] = "127.0.0.1:1,connectTimeout=200,abortConnect=false");
        using var brokenClient = broken.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await brokenClient.GetAsync("/health/ready")).StatusCode);
    }
}
