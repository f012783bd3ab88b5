using System.Diagnostics;
using System.Net;
using Verbinding.Cluster.Tests.Infrastructure;

namespace Verbinding.Cluster.Tests;

/// <summary>
/// PostgreSQL goes away for ten seconds under load: every request still gets a quick answer (a 503 ProblemDetails
/// with Retry-After, never a hang or a 500), readiness says not-ready, and the node recovers by itself.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DatabaseOutageTests(ClusterFixture cluster)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FastAnswer = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_database_outage_gives_fast_503s_and_the_node_recovers_without_loss()
    {
        cluster.Require();
        await using var proxy = new PostgresProxy(cluster.Database.Host, cluster.Database.Port);
        proxy.Start();
        await using var node = new ClusterNode("outage", cluster.Database.ConnectionString(proxy.Port), cluster.Redis);
        await node.StartAsync();
        using var client = node.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        var run = Guid.NewGuid().ToString("N")[..8];
        var before = await Meldingen.SubmitAsync(client, $"outage-{run}-before", "Harde muziek voor de storing");
        Assert.NotNull(before);

        proxy.Stop();
        var answers = new List<(HttpStatusCode Status, string? ContentType, TimeSpan Took, bool RetryAfter)>();
        var outage = Stopwatch.StartNew();
        for (var i = 0; outage.Elapsed < Outage; i++)
        {
            answers.Add(await TimedAsync(client, HttpMethod.Post, "/api/v1/meldingen", MeldingBody(run, i)));
            answers.Add(await TimedAsync(client, HttpMethod.Post, "/api/v1/conversations", """{"channel":"web","language":"nl"}"""));
        }
        var readiness = await client.GetAsync("/health/ready");
        proxy.Start();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status);
            Assert.Equal("application/problem+json", a.ContentType);
            Assert.True(a.RetryAfter, "a 503 says when to retry");
            Assert.True(a.Took < FastAnswer, $"an answer took {a.Took.TotalMilliseconds:F0} ms during the outage");
        });
        Assert.True(answers.Count >= 4, $"only {answers.Count} requests during the outage");

        await WaitUntilReadyAsync(client, TimeSpan.FromSeconds(60));
        var afterwards = await Meldingen.SubmitAsync(client, $"outage-{run}-after", "Harde muziek na de storing");
        Assert.NotNull(afterwards);
        Assert.Equal(before!.Reference, (await Meldingen.SubmitAsync(client, $"outage-{run}-before", "Harde muziek voor de storing"))!.Reference);
        Assert.Equal(2L, await cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM \"Meldingen\" WHERE \"IdempotencyKey\" LIKE 'outage-{run}-%'"));
    }

    private static string MeldingBody(string run, int i) => $$"""
        {"category":"geluidsoverlast","description":"Harde muziek tijdens de storing {{run}}-{{i}}",
         "location":{"municipality":"Utrecht","street":"Oudegracht","houseNumber":"12"},"happeningNow":false,"language":"nl"}
        """;

    private static async Task<(HttpStatusCode, string?, TimeSpan, bool)> TimedAsync(HttpClient client, HttpMethod method, string url, string json)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, clock.Elapsed, response.Headers.RetryAfter is not null);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the node did not become ready again after the database came back");
            await Task.Delay(250);
        }
    }
}
