using System.Net.Http.Json;
using System.Text.Json;

namespace Verbinding.Cluster.Tests.Infrastructure;

public sealed record RegisteredMelding(string Reference, string TrackingCode);

/// <summary>The public meldingen API as a citizen's app uses it: an idempotency key per report, retried after a failure.</summary>
public static class Meldingen
{
    public static async Task<RegisteredMelding?> SubmitAsync(HttpClient client, string idempotencyKey, string description)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/meldingen")
        {
            Content = JsonContent.Create(new
            {
                category = "geluidsoverlast",
                description,
                location = new { municipality = "Utrecht", street = "Oudegracht", houseNumber = "12", postcode = (string?)null, description = (string?)null },
                occurredAt = DateTimeOffset.UtcNow.AddHours(-2),
                happeningNow = false,
                contact = (object?)null,
                language = "nl",
            }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            return null;
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new RegisteredMelding(body.GetProperty("reference").GetString()!, body.GetProperty("trackingCode").GetString()!);
    }
}
