using System.Net.Http.Json;
using System.Text.Json;
using Verbinding.Load;

// Load generator for docs/benchmarks.md (run by bench/load/run.sh against a node it starts).
//   chat URL CONVERSATIONS SECONDS THINK_SECONDS   N citizens chatting with Wout; latency of the reply
//   status URL RATE SECONDS                        melding status API at a fixed rate, plus max throughput vs /health/live
//   meldingen URL WORKERS SECONDS                  melding submissions per second (closed loop)
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: chat URL CONVERSATIONS SECONDS THINK | status URL RATE SECONDS | meldingen URL WORKERS SECONDS");
    return 2;
}
var baseAddress = new Uri(args[1]);
var seconds = TimeSpan.FromSeconds(int.Parse(args[3]));
switch (args[0])
{
    case "chat":
        Console.WriteLine($"chat {args[2]} conversations: {await ChatLoad.RunAsync(baseAddress, int.Parse(args[2]), seconds, TimeSpan.FromSeconds(int.Parse(args[4])))}");
        break;
    case "status":
        var melding = await RegisterAsync(baseAddress, "status-probe");
        HttpRequestMessage Status(int _)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/meldingen/{melding.Reference}");
            request.Headers.Add("X-Tracking-Code", melding.Code);
            return request;
        }
        Console.WriteLine($"status at {args[2]}/s: {await ClosedLoad.FixedRateAsync(baseAddress, int.Parse(args[2]), seconds, Status)}");
        var statusMax = await ClosedLoad.RunAsync(baseAddress, 32, seconds, Status);
        var trivialMax = await ClosedLoad.RunAsync(baseAddress, 32, seconds, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"));
        Console.WriteLine($"status max (32 workers): {statusMax}");
        Console.WriteLine($"trivial /health/live max (32 workers): {trivialMax}");
        Console.WriteLine($"ratio status/trivial: {statusMax.PerSecond / trivialMax.PerSecond:F2}");
        break;
    case "meldingen":
        var run = Guid.NewGuid().ToString("N")[..8];
        Console.WriteLine($"meldingen ({args[2]} workers): {await ClosedLoad.RunAsync(baseAddress, int.Parse(args[2]), seconds, i => Submission($"load-{run}-{i}"))}");
        break;
    default:
        Console.Error.WriteLine($"unknown scenario {args[0]}");
        return 2;
}
return 0;

static HttpRequestMessage Submission(string key)
{
    var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/meldingen")
    {
        Content = JsonContent.Create(new
        {
            category = "geluidsoverlast",
            description = "Elke nacht harde muziek bij de buren (belastingtest)",
            location = new { municipality = "Utrecht", street = "Oudegracht", houseNumber = (key.GetHashCode() & 0xff).ToString() },
            happeningNow = false,
            language = "nl",
        }),
    };
    request.Headers.Add("Idempotency-Key", key);
    return request;
}

static async Task<(string Reference, string Code)> RegisterAsync(Uri baseAddress, string key)
{
    using var client = new HttpClient { BaseAddress = baseAddress };
    using var response = await client.SendAsync(Submission($"{key}-{Guid.NewGuid():N}"));
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    return (body.GetProperty("reference").GetString()!, body.GetProperty("trackingCode").GetString()!);
}
