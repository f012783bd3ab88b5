using System.Collections.Concurrent;
using Verbinding.Cluster.Tests.Infrastructure;

namespace Verbinding.Cluster.Tests;

/// <summary>
/// SIGKILL in the middle of a burst of chat messages and meldingen: whatever a node acknowledged is stored exactly
/// once, and a client that retries what was not acknowledged (same ids) never creates a duplicate.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CrashTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Everything_acknowledged_before_a_SIGKILL_is_there_exactly_once_after_restart()
    {
        cluster.Require();
        var run = Guid.NewGuid().ToString("N")[..8];
        await using var victim = new ClusterNode("victim", cluster.Database.ConnectionString(), cluster.Redis);
        await victim.StartAsync();
        using var client = victim.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(15);
        var chats = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Chats.StartAsync(client)));
        var ackedMessages = new ConcurrentBag<(Chat Chat, string Text)>();
        var triedMessages = new ConcurrentBag<(Chat Chat, string Text)>();
        var ackedMeldingen = new ConcurrentDictionary<string, RegisteredMelding>();
        var triedMeldingen = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    if (w % 2 == 0)
                    {
                        var chat = chats[w / 2];
                        var text = $"bericht {run} {w}-{i}";
                        triedMessages.Add((chat, text));
                        if ((await Chats.SendAsync(client, chat, text, text)).IsSuccessStatusCode)
                            ackedMessages.Add((chat, text));
                    }
                    else
                    {
                        var key = $"crash-{run}-{w}-{i}";
                        triedMeldingen.Add(key);
                        if (await Meldingen.SubmitAsync(client, key, $"Harde muziek {key}") is { } registered)
                            ackedMeldingen[key] = registered;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(50);
                }
            }
        })).ToArray();

        await WaitUntilAsync(() => ackedMessages.Count >= 20 && ackedMeldingen.Count >= 20, TimeSpan.FromSeconds(60));
        victim.Kill();
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        await using var restarted = new ClusterNode("restarted", cluster.Database.ConnectionString(), cluster.Redis);
        await restarted.StartAsync();
        using var after = restarted.CreateClient();
        // The clients retry everything they sent with the same ids, as a chat page or app does after an error.
        foreach (var (chat, text) in triedMessages)
            (await Chats.SendAsync(after, chat, text, text)).EnsureSuccessStatusCode();
        foreach (var key in triedMeldingen)
            Assert.NotNull(await Meldingen.SubmitAsync(after, key, $"Harde muziek {key}"));

        foreach (var chat in chats)
        {
            var texts = await Chats.CitizenTextsAsync(after, chat);
            Assert.Equal(texts.Length, texts.Distinct().Count());
            Assert.All(ackedMessages.Where(m => m.Chat == chat), m => Assert.Contains(m.Text, texts));
            Assert.Equal(triedMessages.Count(m => m.Chat == chat), texts.Length);
        }
        foreach (var (key, registered) in ackedMeldingen)
            Assert.Equal(registered.Reference, (await Meldingen.SubmitAsync(after, key, $"Harde muziek {key}"))!.Reference);
        var stored = await cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM \"Meldingen\" WHERE \"IdempotencyKey\" LIKE 'crash-{run}-%'");
        Assert.Equal(triedMeldingen.Distinct().Count(), stored);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the burst did not get going");
            await Task.Delay(20);
        }
    }
}
