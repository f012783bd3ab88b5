using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Meldingen;

public sealed class MeldingenApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    [Fact]
    public async Task Loud_music_every_night_is_registered_and_routed_to_the_basisteam_of_the_municipality()
    {
        using var client = App.CreateClient();
        var response = await client.PostMeldingAsync(MeldingenApp.Melding(contact: new { name = "Jan", email = "jan@example.nl", phone = (string?)null }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Matches("^M-20[0-9]{2}-[0-9]{6}$", body.GetProperty("reference").GetString());
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", body.GetProperty("trackingCode").GetString());
        Assert.Equal("Utrecht-Stad", body.GetProperty("basisteam").GetString());
        Assert.Equal("Midden-Nederland", body.GetProperty("eenheid").GetString());
        var stored = await App.WithDbAsync(db => db.Set<Melding>().SingleAsync(m => m.Reference == body.GetProperty("reference").GetString()));
        Assert.Equal("utrecht-stad", stored.BasisteamId);
        Assert.NotEqual(body.GetProperty("trackingCode").GetString(), stored.TrackingCodeHash);
    }

    [Fact]
    public async Task Suspicious_situation_happening_now_sends_the_citizen_to_112_and_stores_nothing()
    {
        var before = await App.WithDbAsync(db => db.Set<Melding>().CountAsync());
        using var client = App.CreateClient();
        var response = await client.PostMeldingAsync(MeldingenApp.Melding(category: "verdachte-situatie", happeningNow: true, municipality: ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("spoed-112", body.GetProperty("instruction").GetString());
        Assert.Contains("112", body.GetProperty("message").GetProperty("nl").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Set<Melding>().CountAsync()));
    }

    [Fact]
    public async Task Noise_happening_now_is_still_a_routine_melding()
    {
        using var client = App.CreateClient();
        var response = await client.PostMeldingAsync(MeldingenApp.Melding(happeningNow: true));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Misspelled_municipality_is_refused_with_close_matches()
    {
        using var client = App.CreateClient();
        var response = await client.PostMeldingAsync(MeldingenApp.Melding(municipality: "Utrect"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("location.municipality")[0].GetString();
        Assert.Contains("Bedoelt u: Utrecht", message, StringComparison.Ordinal);
        Assert.Contains("Did you mean: Utrecht", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_postcode_and_missing_place_are_explained_per_field()
    {
        using var client = App.CreateClient();
        var response = await client.PostMeldingAsync(MeldingenApp.Melding(street: null, houseNumber: null, postcode: "12345", description: ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("3511 AB", errors.GetProperty("location.postcode")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("location", out _));
        Assert.True(errors.TryGetProperty("description", out _));
    }

    [Fact]
    public async Task Same_request_id_twice_stores_one_melding_and_returns_the_same_reference_and_code()
    {
        using var client = App.CreateClient();
        var key = Guid.NewGuid().ToString();
        var first = await (await client.PostMeldingAsync(MeldingenApp.Melding(), key)).JsonAsync();
        var again = await client.PostMeldingAsync(MeldingenApp.Melding(), key);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.JsonAsync();
        Assert.Equal(first.GetProperty("reference").GetString(), second.GetProperty("reference").GetString());
        Assert.Equal(first.GetProperty("trackingCode").GetString(), second.GetProperty("trackingCode").GetString());
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<Melding>().CountAsync(m => m.IdempotencyKey == key)));
    }

    [Fact]
    public async Task Status_needs_the_right_tracking_code_and_shows_no_personal_data()
    {
        var (reference, code) = await App.RegisterAsync(MeldingenApp.Melding(
            description: "Muziek bij Piet de Vries", contact: new { name = "Jan Jansen", email = "jan@example.nl", phone = (string?)null }));
        using var client = App.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetStatusAsync(reference, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetStatusAsync(reference, "AAAA-BBBB-CCCC")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetStatusAsync("M-2000-999999", code)).StatusCode);

        var ok = await client.GetStatusAsync(reference, code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var text = await ok.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"received\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Piet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.nl", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Categories_list_every_required_category_with_questions_in_both_languages()
    {
        using var client = App.CreateClient();
        var categories = await (await client.GetAsync("/api/v1/meldingen/categories")).JsonAsync();
        var ids = categories.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Superset(
            new HashSet<string?> { "geluidsoverlast", "overlast-jongeren", "vuurwerk", "drugsoverlast", "verdachte-situatie", "verkeersoverlast", "verward-persoon", "anders" },
            ids.ToHashSet());
        var noise = categories.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "geluidsoverlast");
        Assert.Equal("Where does the noise come from?", noise.GetProperty("questions")[0].GetProperty("label").GetProperty("en").GetString());
    }
}
