using System.Net.Http.Json;
using System.Text.Json;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Meldingen;

/// <summary>Intent methods for meldingen tests: a melding as the API receives it, with sensible defaults.</summary>
public static class MeldingenApp
{
    public static object Melding(
        string category = "geluidsoverlast",
        string description = "De buren hebben elke nacht keiharde muziek.",
        string municipality = "Utrecht",
        string? street = "Oudegracht",
        string? houseNumber = "12",
        string? postcode = null,
        string? place = null,
        bool happeningNow = false,
        object? contact = null,
        string language = "nl") => new
        {
            category,
            description,
            location = new { municipality, street, houseNumber, postcode, description = place },
            occurredAt = (DateTimeOffset?)null,
            happeningNow,
            contact,
            language,
        };

    public static async Task<HttpResponseMessage> PostMeldingAsync(this HttpClient client, object melding, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/meldingen") { Content = JsonContent.Create(melding) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<(string Reference, string Code)> RegisterAsync(this VerbindingApplication app, object melding)
    {
        using var client = app.CreateClient();
        var response = await client.PostMeldingAsync(melding);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("reference").GetString()!, body.GetProperty("trackingCode").GetString()!);
    }

    public static async Task<HttpResponseMessage> GetStatusAsync(this HttpClient client, string reference, string? code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/meldingen/{reference}");
        if (code is not null)
        {
            request.Headers.Add("X-Tracking-Code", code);
        }
        return await client.SendAsync(request);
    }
}
