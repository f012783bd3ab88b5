using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.Staff.Tokens;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Monitor;

/// <summary>Rotterdam has 30 answers (24 satisfied); Limburg only 9: its figures must never appear anywhere.</summary>
public sealed class ReportTests(ReportTests.Data data) : IClassFixture<ReportTests.Data>
{
    public sealed class Data : IAsyncLifetime
    {
        public VerbindingApplication App { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            App = await VerbindingApplication.StartAsync();
            await App.AddResponsesAsync(MonitorData.Contact("rotterdam"), MonitorData.Answers(24, 6));
            await App.AddResponsesAsync(MonitorData.Contact("limburg"), MonitorData.Answers(9, 0));
            // A third unit, so that hiding Limburg (9) does not require hiding Rotterdam: Oost-Brabant is hidden instead.
            await App.AddResponsesAsync(MonitorData.Contact("oost-brabant"), MonitorData.Answers(12, 3));
        }

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    private VerbindingApplication App => data.App;

    private async Task<HttpClient> ApiClientAsync(string scope, string role = StaffRoles.Analyst, string eenheid = "landelijke-eenheid", bool national = true)
    {
        var user = await App.CreateStaffAsync(role, eenheid, national);
        await using var services = App.Services.CreateAsyncScope();
        var token = await services.ServiceProvider.GetRequiredService<TokenService>().CreateAsync(user.Id, "BI", [scope], 30, default);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        return client;
    }

    private static JsonElement Row(JsonElement rows, string group) => rows.EnumerateArray().Single(r => r.GetProperty("group").GetString() == group);

    [Fact]
    public async Task Api_gives_interval_for_large_groups_and_null_for_groups_under_ten()
    {
        using var client = await ApiClientAsync(ApiScopes.MonitorRead);
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/monitor/satisfaction?groupBy=eenheid")).RootElement;
        var rotterdam = Row(json.GetProperty("rows"), "rotterdam");
        Assert.Equal(80.0, rotterdam.GetProperty("satisfiedPct").GetDouble());
        Assert.Equal(62.7, rotterdam.GetProperty("ciLow").GetDouble()); // Wilson 24/30, checked in python3
        var limburg = Row(json.GetProperty("rows"), "limburg");
        Assert.Equal(9, limburg.GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, limburg.GetProperty("satisfiedPct").ValueKind);
        Assert.Equal(JsonValueKind.Null, limburg.GetProperty("meanGrade").ValueKind);
        Assert.True(limburg.GetProperty("suppressed").GetBoolean());
        // Otherwise Limburg = national - Rotterdam - Oost-Brabant: the smallest shown unit is hidden as well.
        var oostBrabant = Row(json.GetProperty("rows"), "oost-brabant");
        Assert.Equal(JsonValueKind.Null, oostBrabant.GetProperty("satisfiedPct").ValueKind);
        Assert.StartsWith("verborgen zodat een kleine groep", oostBrabant.GetProperty("suppressionNote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_requires_the_monitor_scope()
    {
        using var wrongScope = await ApiClientAsync(ApiScopes.AuditRead);
        Assert.Equal(HttpStatusCode.Forbidden, (await wrongScope.GetAsync("/api/v1/monitor/satisfaction")).StatusCode);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/monitor/satisfaction")).StatusCode);
        using var badInput = await ApiClientAsync(ApiScopes.MonitorRead);
        Assert.Equal(HttpStatusCode.BadRequest, (await badInput.GetAsync("/api/v1/monitor/satisfaction?groupBy=bsn")).StatusCode);
    }

    [Fact]
    public async Task Unit_analyst_sees_only_their_own_unit_through_the_api()
    {
        using var client = await ApiClientAsync(ApiScopes.MonitorRead, eenheid: "limburg", national: false);
        var rows = JsonDocument.Parse(await client.GetStringAsync("/api/v1/monitor/satisfaction?groupBy=eenheid")).RootElement.GetProperty("rows");
        Assert.Equal(["limburg"], rows.EnumerateArray().Select(r => r.GetProperty("group").GetString()).ToArray());
    }

    [Fact]
    public async Task Dashboard_and_csv_mark_small_groups_without_figures()
    {
        var analyst = await App.CreateStaffAsync(StaffRoles.Analyst, "landelijke-eenheid", national: true);
        using var client = await App.SignInAsStaffAsync(analyst);
        var page = await client.GetPageAsync("/medewerker/monitor?GroupBy=eenheid");
        var limburg = page.QuerySelector("[data-testid=monitor-table] tr[data-group=limburg]")!;
        Assert.Contains("te weinig reacties (minder dan 10)", limburg.TextContent, StringComparison.Ordinal);
        Assert.Contains("80,0%", page.QuerySelector("tr[data-group=rotterdam]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("svg.monitor-chart"));

        var csv = await client.GetStringAsync(page.QuerySelector("[data-testid=csv-link]")!.GetAttribute("href"));
        var limburgLine = csv.Split('\n').Single(l => l.StartsWith("\"limburg\"", StringComparison.Ordinal));
        Assert.StartsWith("\"limburg\";\"Limburg\";9;9" + new string(';', 8) + "\"te weinig reacties", limburgLine, StringComparison.Ordinal);
        Assert.Contains("\"rotterdam\";\"Rotterdam\";30;30;80;", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_shows_item_drivers_and_hides_groups_under_ten()
    {
        // Every test answer has "treatment" equal to the overall answer: 45 positive (all satisfied), 9 negative.
        var analyst = await App.CreateStaffAsync(StaffRoles.Analyst, "landelijke-eenheid", national: true);
        using var client = await App.SignInAsStaffAsync(analyst);
        var page = await client.GetPageAsync("/medewerker/monitor?GroupBy=channel");
        var treatment = page.QuerySelector("[data-testid=drivers-table] tr[data-item=treatment]")!.TextContent;
        Assert.Contains("100,0% (n=45)", treatment, StringComparison.Ordinal);
        Assert.Contains("te weinig reacties", treatment, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=drivers-table] tr[data-item=reachability] [data-testid=suppressed]"));
    }

    [Fact]
    public async Task Service_agent_cannot_open_the_dashboard()
    {
        var agent = await App.CreateStaffAsync(StaffRoles.ServiceAgent);
        using var client = await App.SignInAsStaffAsync(agent);
        var response = await client.GetAsync("/medewerker/monitor");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Cli_report_prints_the_json_contract()
    {
        var result = await CliRunner.RunAsync(App.Database, "monitor", "report", "--group-by", "eenheid", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Output);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.True(json.GetProperty("elapsedMs").GetDouble() >= 0);
        var rows = json.GetProperty("rows");
        Assert.Equal(80.0, Row(rows, "rotterdam").GetProperty("satisfiedPct").GetDouble());
        Assert.Equal(30, Row(rows, "rotterdam").GetProperty("n").GetInt32());
        Assert.True(Row(rows, "rotterdam").GetProperty("ciHigh").GetDouble() > 80);
        Assert.Equal(JsonValueKind.Null, Row(rows, "limburg").GetProperty("satisfiedPct").ValueKind);
    }
}
