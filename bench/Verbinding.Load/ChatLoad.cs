using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Verbinding.Load;

/// <summary>
/// N citizens chatting with Wout at once: each opens a conversation, then sends a message every few seconds (think
/// time, as people type) for the duration. Measures the POST that returns Wout's reply.
/// </summary>
public static class ChatLoad
{
    private static readonly string[] Messages =
    [
        "mijn fiets is gestolen", "hoe doe ik aangifte van oplichting", "de buren maken elke nacht herrie",
        "ik ben mijn paspoort kwijt", "wat zijn de openingstijden van het bureau", "er staat al dagen een verdachte auto",
        "I want to report a stolen phone", "iemand bedreigt mij via whatsapp", "waar kan ik een gevonden portemonnee afgeven",
        "hoe gaat het met mijn aangifte", "ik word online opgelicht via marktplaats", "vuurwerkoverlast in mijn straat",
    ];

    public static async Task<Summary> RunAsync(Uri baseAddress, int conversations, TimeSpan duration, TimeSpan think)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new Latencies();
        var started = Stopwatch.StartNew();
        var end = started.Elapsed + duration;
        var citizens = Enumerable.Range(0, conversations).Select(async i =>
        {
            var random = new Random(i);
            // Spread the arrivals over the first think time so the load is steady, not a thundering herd.
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * think.TotalMilliseconds));
            using var start = await OpenAsync(client);
            if (start is not { IsSuccessStatusCode: true })
            {
                latencies.Error();
                return;
            }
            var body = await start.Content.ReadFromJsonAsync<JsonElement>();
            var id = body.GetProperty("id").GetString();
            var token = body.GetProperty("token").GetString();
            for (var n = 0; started.Elapsed < end; n++)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{id}/messages")
                {
                    Content = JsonContent.Create(new { text = Messages[random.Next(Messages.Length)], clientMessageId = $"{i}-{n}" }),
                };
                request.Headers.Add("X-Conversation-Token", token);
                await latencies.SendAsync(client, request);
                // No pause past the end: the run (and its messages/s) ends on time instead of one think time later.
                var pause = TimeSpan.FromMilliseconds(think.TotalMilliseconds * (0.5 + random.NextDouble()));
                if (started.Elapsed + pause >= end)
                    break;
                await Task.Delay(pause);
            }
        });
        await Task.WhenAll(citizens);
        return latencies.Summarise(started.Elapsed);
    }

    // A saturated node times out or refuses the opening request too: that is an error to count, not a crash.
    private static async Task<HttpResponseMessage?> OpenAsync(HttpClient client)
    {
        try
        {
            return await client.PostAsJsonAsync("/api/v1/conversations", new { channel = "web", language = "nl" });
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }
}
