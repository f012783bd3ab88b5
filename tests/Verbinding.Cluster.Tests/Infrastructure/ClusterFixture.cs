using System.Net;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Cluster.Tests.Infrastructure;

/// <summary>
/// Two nodes (A and B) on one scratch PostgreSQL database and the shared Redis, as <c>scripts/cluster.sh</c> starts them.
/// A starts first (migrates and seeds the demo data), then B. Tests in this collection run one after another.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string DemoPassword = "Verbinding-demo-2026!";
    public const string ServiceAgent = "servicecentrum@demo.politie.local";

    public ClusterDatabase Database { get; } = new();
    public string Redis { get; } = Environment.GetEnvironmentVariable("VERBINDING_TEST_REDIS") is { Length: > 0 } r ? r : "127.0.0.1:6379";
    public ClusterNode A { get; private set; } = null!;
    public ClusterNode B { get; private set; } = null!;

    /// <summary>Why the cluster could not start (no PostgreSQL or Redis here); null when it runs.</summary>
    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        A = new ClusterNode("a", Database.ConnectionString(), Redis);
        B = new ClusterNode("b", Database.ConnectionString(), Redis);
        try
        {
            await A.StartAsync();
            await B.StartAsync();
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("VERBINDING_REQUIRE_SERVICES") != "1")
        {
            // Plain `dotnet test` on a machine without PostgreSQL/Redis: skip with the reason; ./test.sh never skips.
            Unavailable = $"The cluster needs PostgreSQL and Redis (./test.sh starts them): {e.Message}";
        }
    }

    /// <summary>Skips the calling test with the reason when the cluster could not start outside ./test.sh.</summary>
    public void Require()
    {
        if (Unavailable is not null)
            Assert.Skip(Unavailable);
    }

    /// <summary>A colleague signed in on one node (Development: password only), with the cookie jar to reuse elsewhere.</summary>
    public static async Task<(HttpClient Client, CookieContainer Cookies)> SignInAsync(ClusterNode node, string email)
    {
        var cookies = new CookieContainer();
        var client = node.CreateClient(cookies);
        var response = await client.PostFormAsync("/medewerker/inloggen", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = DemoPassword,
        });
        Assert.True(response.IsSuccessStatusCode, $"sign-in on {node.Name}: {(int)response.StatusCode}");
        Assert.EndsWith("/medewerker", response.RequestMessage!.RequestUri!.AbsolutePath);
        return (client, cookies);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
