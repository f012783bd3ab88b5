using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Security.Fuzz;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// Sends bad input to every write endpoint of the inventory (API bodies, and form posts with a valid antiforgery token so
/// validation is reached): no 5xx ever, API errors are problem+json, and a rejected request stores nothing.
/// VERBINDING_FUZZ_REQUESTS sets the total (default 10,000), VERBINDING_FUZZ_SEED replays a run.
/// </summary>
public sealed class FuzzerTests
{
    private static readonly Dictionary<string, string> JsonTemplates = new()
    {
        ["POST /api/v1/meldingen"] = """{"category":"geluidsoverlast","description":"Elke nacht harde muziek bij de buren.","location":{"municipality":"Utrecht","street":"Oudegracht","houseNumber":"12","postcode":null,"description":null},"occurredAt":null,"happeningNow":false,"contact":{"name":"Jan","email":"jan@example.nl","phone":null},"language":"nl"}""",
        ["POST /api/v1/conversations"] = """{"channel":"web","language":"nl","municipality":"Utrecht"}""",
        ["POST /api/v1/conversations/{id:guid}/messages"] = """{"text":"Hallo, is daar iemand?","clientMessageId":"fuzz"}""",
        ["POST /api/v1/triage"] = """{"topic":"fietsdiefstal","municipality":"Utrecht","language":"nl","channel":"web","answers":{"age":30}}""",
    };

    [Fact]
    public async Task Bad_input_to_any_write_endpoint_gets_a_4xx_or_a_form_error_and_stores_nothing()
    {
        var total = int.TryParse(Environment.GetEnvironmentVariable("VERBINDING_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("VERBINDING_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Environment.TickCount;
        await using var app = await VerbindingApplication.StartAsync(MatrixFixture.HighRateLimits);
        var admin = await app.CreateStaffAsync(StaffRoles.Administrator, "landelijke-eenheid", national: true);
        var supervisor = await app.CreateStaffAsync(StaffRoles.Supervisor, Principals.UnitX);
        var records = await SeededRecords.CreateAsync(app, supervisor.Id);
        using var staff = await app.SignInAsStaffAsync(admin);
        using var anonymous = app.CreateBrowserClient();
        var tokens = new Dictionary<bool, string> { [true] = await MatrixFixture.FormTokenAsync(staff), [false] = await MatrixFixture.FormTokenAsync(anonymous) };
        var targets = Targets(EndpointInventory.Read(app.Services), records);
        await using var rows = await app.WithDbAsync(db => StoredRows.OpenAsync(db, app.Database.ConnectionString));
        var requests = new FuzzRequests(FuzzCorpus.Load(), seed);

        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var before = await rows.CountAsync();
        var refused = 0;
        var watch = Stopwatch.StartNew();
        var slowest = new Dictionary<string, TimeSpan>();
        for (var i = 0; i < total; i++)
        {
            var target = targets[i % targets.Count];
            var started = watch.Elapsed;
            using var request = requests.Build(target, tokens[target.AsStaff], i / targets.Count);
            using var response = await (target.AsStaff ? staff : anonymous).SendAsync(request, TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var after = await rows.CountAsync();
            var rejected = status is >= 400 and < 500 || target.Endpoint.IsPage && status == 200 && body.Contains("id=\"form-errors\"", StringComparison.Ordinal);
            refused += rejected ? 1 : 0;
            if (Problem(target, response, status, rejected, before, after, rows.Tables) is { } problem && failures.Count < 50)
            {
                failures.Add($"#{i} {target.Endpoint}: {problem}");
            }
            before = after;
            slowest[target.Endpoint.Key] = slowest.GetValueOrDefault(target.Endpoint.Key) + (watch.Elapsed - started);
        }
        TestContext.Current.SendDiagnosticMessage(
            $"Fuzzer: {total} requests over {targets.Count} write endpoints in {watch.Elapsed.TotalSeconds:0.0} s (seed {seed}); " +
            string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}")) + "; slowest: " +
            string.Join(", ", slowest.OrderByDescending(p => p.Value).Take(5).Select(p => $"{p.Key} {p.Value.TotalSeconds:0.0} s")));
        Assert.True(failures.Count == 0, $"Seed {seed}:\n" + string.Join("\n", failures));
        // A fuzzer whose inputs all pass validation tests nothing: the bad inputs must mostly reach the rejection paths.
        Assert.True(refused > total / 4, $"Only {refused} of {total} fuzz requests were refused");
    }

    private static string? Problem(FuzzTarget target, HttpResponseMessage response, int status, bool rejected, long[] before, long[] after, IReadOnlyList<string> tables)
    {
        if (status >= 500)
        {
            return $"{status} server error";
        }
        if (!target.Endpoint.IsPage && target.Url.StartsWith("/api/", StringComparison.Ordinal) && status >= 400
            && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} with {response.Content.Headers.ContentType?.MediaType ?? "no body"} instead of application/problem+json";
        }
        var changed = tables.Where((_, t) => before[t] != after[t]).ToList();
        return rejected && changed.Count > 0 ? $"rejected ({status}) but stored rows in {string.Join(", ", changed)}" : null;
    }

    private static List<FuzzTarget> Targets(IReadOnlyList<EndpointShape> endpoints, SeededRecords records)
    {
        var targets = new List<FuzzTarget>();
        foreach (var endpoint in endpoints.Where(e => e.IsWrite))
        {
            var rule = AccessTable.For(endpoint) ?? throw new InvalidOperationException($"Not in the access table: {endpoint}");
            var asStaff = !rule.Access.Allows(Principal.Anonymous) && !rule.Access.Allows(Principal.CitizenA);
            var form = new Dictionary<string, string>(rule.Form ?? new Dictionary<string, string>());
            if (endpoint.FormFields.Contains("id") && !endpoint.Pattern.Contains("{id", StringComparison.Ordinal))
            {
                form["id"] = records.ConversationId;
            }
            targets.Add(new FuzzTarget(
                endpoint,
                records.Fill(endpoint.Pattern, Principal.CitizenA) + (endpoint.Handler is null ? "" : "?handler=" + endpoint.Handler),
                JsonTemplates.TryGetValue(endpoint.Key, out var json) ? JsonNode.Parse(json)!.AsObject() : null,
                form,
                rule.Access.Allows(Principal.CitizenA) ? [.. records.CapabilityHeaders(Principal.CitizenA)] : [],
                asStaff));
        }
        return targets;
    }
}
