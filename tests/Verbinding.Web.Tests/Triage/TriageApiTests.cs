using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Verbinding.Web.Features.Triage;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Triage;

/// <summary>The public contract of POST /api/v1/triage and GET /api/v1/triage/policy, on a real database host.</summary>
public sealed class TriageApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly HttpClient _client = fixture.App.CreateClient();

    [Fact]
    public async Task Known_suspect_in_Utrecht_gets_an_appointment_with_the_reason_in_Dutch()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/triage", new
        {
            topic = "aangifte-diefstal",
            answers = new { happeningNow = false, suspectKnown = true },
            municipality = "Utrecht",
            language = "nl",
        });

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = json.RootElement.GetProperty("options")[0];
        Assert.Equal("aangifte-afspraak", first.GetProperty("intervention").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("partner").ValueKind);
        Assert.Equal("/afspraak", first.GetProperty("href").GetString());
        Assert.StartsWith("Omdat u weet wie het heeft gedaan", first.GetProperty("explanation").GetString());
        Assert.Equal("2026-12-01", json.RootElement.GetProperty("policyVersion").GetString());
    }

    [Fact]
    public async Task Happening_now_answers_112_first_in_English()
    {
        var result = await TriageAsync(new { topic = "aangifte-fietsendiefstal", answers = new { happeningNow = true }, municipality = "Amsterdam", language = "en" });

        Assert.Equal("spoed-112", result.Options[0].Intervention);
        Assert.Equal("tel:112", result.Options[0].Href);
        Assert.StartsWith("Because it is happening now", result.Options[0].Explanation);
    }

    [Fact]
    public async Task Municipality_in_a_unit_with_an_override_gets_aangifte_at_home()
    {
        var result = await TriageAsync(new { topic = "aangifte-diefstal", answers = new { vulnerable = true }, municipality = "Breda" });

        Assert.Equal("aangifte-thuis", result.Options[0].Intervention);
        Assert.Equal("2026-12-01+zeeland-west-brabant.2026-12-01", result.PolicyVersion);
    }

    [Fact]
    public async Task Partner_options_carry_the_partner_directory_id()
    {
        var result = await TriageAsync(new { topic = "aangifte-identiteitsfraude" });

        Assert.Equal("identiteitsfraude", result.Options[0].Partner);
    }

    [Fact]
    public async Task Unknown_topic_is_a_validation_problem_in_Dutch_and_English()
    {
        var problem = await ProblemAsync(new { topic = "ufo-gezien", municipality = "Utrecht" });

        var message = problem.GetProperty("errors").GetProperty("topic")[0].GetString();
        Assert.Contains("Onbekend onderwerp 'ufo-gezien'", message);
        Assert.Contains("Unknown topic 'ufo-gezien'", message);
    }

    [Fact]
    public async Task Unknown_municipality_is_a_validation_problem_in_Dutch_and_English()
    {
        var problem = await ProblemAsync(new { topic = "aangifte-diefstal", municipality = "Atlantis" });

        var message = problem.GetProperty("errors").GetProperty("municipality")[0].GetString();
        Assert.Contains("Onbekende gemeente 'Atlantis'", message);
        Assert.Contains("Unknown municipality 'Atlantis'", message);
    }

    [Fact]
    public async Task Ambiguous_municipality_lists_the_candidates()
    {
        var problem = await ProblemAsync(new { topic = "aangifte-diefstal", municipality = "Bergen" });

        Assert.Contains("Bergen (NH.)", problem.GetProperty("errors").GetProperty("municipality")[0].GetString());
    }

    [Fact]
    public async Task Unsupported_language_is_refused()
    {
        var problem = await ProblemAsync(new { topic = "aangifte-diefstal", language = "fr" });

        Assert.True(problem.GetProperty("errors").TryGetProperty("language", out _));
    }

    [Fact]
    public async Task Policy_endpoint_shows_version_interventions_and_service_levels()
    {
        var policy = await _client.GetFromJsonAsync<TriagePolicyResponse>("/api/v1/triage/policy?eenheid=zeeland-west-brabant&language=en");

        Assert.NotNull(policy);
        Assert.Contains("warme-overdracht", policy.Interventions);
        Assert.Equal("30m", policy.ServiceLevels.Single(l => l.Channel == "messaging").FirstResponse);
        Assert.Equal("60s", policy.ServiceLevels.Single(l => l.Channel == "webchat").FirstResponse);
        Assert.Equal("My bicycle, e-bike or scooter was stolen", policy.Topics.Single(t => t.Id == "aangifte-fietsendiefstal").Label);
    }

    [Fact]
    public async Task Policy_for_an_unknown_eenheid_is_a_validation_problem()
    {
        var response = await _client.GetAsync("/api/v1/triage/policy?eenheid=atlantis");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<TriageResponse> TriageAsync(object request)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/triage", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TriageResponse>())!;
    }

    private async Task<JsonElement> ProblemAsync(object request)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/triage", request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
