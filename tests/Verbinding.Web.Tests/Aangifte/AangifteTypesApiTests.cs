using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Triage;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Aangifte;

public sealed class AangifteTypesApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Types_lists_every_offence_with_whether_it_can_be_reported_online()
    {
        var response = await fixture.App.CreateClient().GetAsync("/api/v1/aangifte/types", Ct);

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var types = json.RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t);
        Assert.Equal(
            ["bedreiging", "cybercrime", "diefstal", "fietsendiefstal", "identiteitsfraude", "inbraak", "internetoplichting", "mishandeling", "vernieling", "zakkenrollerij"],
            types.Keys.Order(StringComparer.Ordinal));
        Assert.True(types["fietsendiefstal"].GetProperty("onlineAllowed").GetBoolean());
        Assert.Equal("Fietsendiefstal", types["fietsendiefstal"].GetProperty("title").GetString());
        Assert.False(types["inbraak"].GetProperty("onlineAllowed").GetBoolean());
        Assert.False(types["mishandeling"].GetProperty("onlineAllowed").GetBoolean());
    }

    [Fact]
    public async Task Types_speak_English_on_request()
    {
        var json = await fixture.App.CreateClient().GetStringAsync("/api/v1/aangifte/types?language=en", Ct);

        Assert.Contains("\"title\":\"Bicycle theft\"", json);
    }

    [Fact]
    public void Shipped_types_file_is_consistent_with_the_triage_topics()
    {
        var topics = fixture.App.Services.GetRequiredService<TriageService>().Policies.National.Topics.Select(t => t.Id).ToList();

        var catalog = AangifteTypeLoader.Load(AangifteTypeLoader.DefaultPath, topics);

        Assert.Empty(AangifteTypeLoader.Validate(catalog, topics));
        Assert.All(catalog.Types.Where(t => t.OnlineAllowed), t => Assert.Equal(["rechten", "contact"], t.Steps.TakeLast(2)));
    }

    [Fact]
    public void A_type_pointing_at_a_missing_triage_topic_is_refused()
    {
        var catalog = fixture.App.Services.GetRequiredService<AangifteTypeCatalog>();
        var broken = catalog with { Types = [catalog.Types[0] with { TriageTopic = "bestaat-niet" }] };

        Assert.Contains(AangifteTypeLoader.Validate(broken, ["aangifte-fietsendiefstal"]), e => e.Contains("bestaat-niet", StringComparison.Ordinal));
    }
}
