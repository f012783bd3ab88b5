using System.Net.Http.Json;
using System.Text.Json;
using Verbinding.Load;

// Load generator for docs/benchmarks.md (run by bench/load/run.sh against a node it starts).
//   chat URL CONVERSATIONS SECONDS THINK_SECONDS   N citizens chatting with Wout; latency of the reply
//   status URL RATE SECONDS                        melding status API at a fixed rate, plus max throughput vs /health/live
//   meldingen URL WORKERS SECONDS                  melding submissions per second (closed loop)
// Options: --json (one JSON object per measurement on stdout, the readable lines on stderr);
// --max-seconds S (status only: length of each max-throughput run, default SECONDS).
var report = new Report(args.Contains("--json"));
var maxSeconds = Array.IndexOf(args, "--max-seconds") is var m and >= 0 ? TimeSpan.FromSeconds(int.Parse(args[m + 1])) : (TimeSpan?)null;
args = [.. args.Where((a, i) => a != "--json" && a != "--max-seconds" && (i == 0 || args[i - 1] != "--max-seconds"))];
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: chat URL CONVERSATIONS SECONDS THINK | status URL RATE SECONDS | meldingen URL WORKERS SECONDS [--json] [--max-seconds S]");
    return 2;
}
var baseAddress = new Uri(args[1]);
var seconds = TimeSpan.FromSeconds(int.Parse(args[3]));
switch (args[0])
{
    case "chat":
        report.Write($"chat_{args[2]}", $"chat {args[2]} conversations: ",
            await ChatLoad.RunAsync(baseAddress, int.Parse(args[2]), seconds, TimeSpan.FromSeconds(int.Parse(args[4]))));
        break;
    case "status":
        var melding = await RegisterAsync(baseAddress, "status-probe");
        HttpRequestMessage Status(int _)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/meldingen/{melding.Reference}");
            request.Headers.Add("X-Tracking-Code", melding.Code);
            return request;
        }
        report.Write("status_fixed", $"status at {args[2]}/s: ", await ClosedLoad.FixedRateAsync(baseAddress, int.Parse(args[2]), seconds, Status));
        var statusMax = await ClosedLoad.RunAsync(baseAddress, 32, maxSeconds ?? seconds, Status);
        var trivialMax = await ClosedLoad.RunAsync(baseAddress, 32, maxSeconds ?? seconds, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"));
        report.Write("status_max", "status max (32 workers): ", statusMax);
        report.Write("trivial_max", "trivial /health/live max (32 workers): ", trivialMax);
        report.Write("status_ratio", "ratio status/trivial: ", statusMax.PerSecond / trivialMax.PerSecond);
        break;
    case "meldingen":
        var run = Guid.NewGuid().ToString("N")[..8];
        report.Write("meldingen", $"meldingen ({args[2]} workers): ", await ClosedLoad.RunAsync(baseAddress, int.Parse(args[2]), seconds, i => Submission($"load-{run}-{i}")));
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
