using System.Net.Http.Json;
using System.Text.Json;
using Verbinding.Load;

// Load generator for docs/benchmarks.md (run by bench/load/run.sh against a node it starts).
//   chat URL CONVERSATIONS SECONDS THINK_SECONDS   N citizens chatting with Wout; latency of the reply
//   status URL RATE SECONDS                        melding status API at a fixed rate, plus max throughput vs /health/live
//   meldingen URL WORKERS SECONDS                  melding submissions per second (closed loop)
//   aangiftes URL CITIZENS PARALLEL                aangifte submits over HTTP: citizens signed in with the DigiD
//                                                  simulator on the review page (not timed) each send once
// Options: --json (one JSON object per measurement on stdout, the readable lines on stderr);
// --max-seconds S (status only: length of each max-throughput run, default SECONDS);
// --warmup W (aangiftes only: W more citizens send first, untimed, default 0);
// --node-pid PID (aangiftes only: also the CPU per submit of that process and of PostgreSQL on this machine).
var report = new Report(args.Contains("--json"));
int? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 ? int.Parse(args[i + 1]) : null;
var maxSeconds = Option("--max-seconds") is { } max ? TimeSpan.FromSeconds(max) : (TimeSpan?)null;
var warmup = Option("--warmup") ?? 0;
var nodePid = Option("--node-pid");
string[] valued = ["--max-seconds", "--warmup", "--node-pid"];
args = [.. args.Where((a, i) => a != "--json" && !valued.Contains(a) && (i == 0 || !valued.Contains(args[i - 1])))];
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: chat URL CONVERSATIONS SECONDS THINK | status URL RATE SECONDS | meldingen URL WORKERS SECONDS"
        + " | aangiftes URL CITIZENS PARALLEL [--json] [--max-seconds S] [--warmup W] [--node-pid PID]");
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
    case "aangiftes":
        var parallel = int.Parse(args[3]);
        var submits = await AangifteSubmitLoad.RunAsync(baseAddress, int.Parse(args[2]), warmup, parallel, nodePid);
        Console.Error.WriteLine($"aangiftes: {submits.Prepared} citizens on the review page in {submits.Setup.TotalSeconds:F0} s"
            + $" ({submits.SetupErrors} could not get there), {warmup} warm-up submits"
            + (submits.NodeCpu is { } node ? $"; CPU per submit {node:F2} ms in the node, {submits.PostgresCpu:F2} ms in PostgreSQL" : ""));
        report.Write("aangiftes_http", $"aangifte submits over HTTP ({parallel} parallel): ", submits.Summary,
            new Dictionary<string, object?>
            {
                ["parallel"] = parallel, ["warmup"] = warmup, ["setupErrors"] = submits.SetupErrors,
                ["nodeCpuMs"] = Round(submits.NodeCpu), ["postgresCpuMs"] = Round(submits.PostgresCpu),
            });
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
            // House numbers 1-256: "0" is no house number, and 1 in 256 submissions failed with 400 on it.
            location = new { municipality = "Utrecht", street = "Oudegracht", houseNumber = ((key.GetHashCode() & 0xff) + 1).ToString() },
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

static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
