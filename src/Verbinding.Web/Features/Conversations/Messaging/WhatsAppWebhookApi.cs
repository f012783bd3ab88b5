using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>
/// The WhatsApp Business webhook: GET is Meta's verification handshake, POST delivers messages. A POST counts only
/// with a valid signature over the raw body; everything after that goes through <see cref="WhatsAppInbound"/>.
/// </summary>
public static class WhatsAppWebhookApi
{
    public const string Path = "/api/v1/channels/whatsapp/webhook";
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapWhatsAppWebhook(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).WithTags("Channels").AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimits.Api);
        group.MapGet("/", Verify).WithSummary("Webhook verification handshake (hub.mode, hub.verify_token, hub.challenge).");
        group.MapPost("/", Receive).WithSummary("Inbound WhatsApp messages; requires X-Hub-Signature-256 over the raw body.");
        return app;
    }

    private static Results<ContentHttpResult, NotFound, ProblemHttpResult> Verify(
        [FromQuery(Name = "hub.mode")] string? mode, [FromQuery(Name = "hub.verify_token")] string? token,
        [FromQuery(Name = "hub.challenge")] string? challenge, IOptions<WhatsAppOptions> options)
    {
        if (!options.Value.Enabled)
            return TypedResults.NotFound();
        var tokenOk = token is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(token)), SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.VerifyToken)));
        return mode == "subscribe" && tokenOk && challenge is { Length: > 0 and <= 256 }
            ? TypedResults.Text(challenge, "text/plain")
            : TypedResults.Problem("Verificatie mislukt. / Verification failed.", statusCode: StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<InboundResult>, NotFound, ProblemHttpResult>> Receive(
        HttpRequest request, WhatsAppInbound inbound, IOptions<WhatsAppOptions> options, CancellationToken ct)
    {
        if (!options.Value.Enabled)
            return TypedResults.NotFound();
        var body = await ReadBodyAsync(request, ct);
        if (body is null)
            return TypedResults.Problem("Bericht te groot. / Payload too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        return await ProcessAsync(body, request.Headers[WebhookSignature.Header], inbound, options.Value, ct);
    }

    /// <summary>Signature, then parsing, then the messages; shared with the Development simulator.</summary>
    public static async Task<Results<Ok<InboundResult>, NotFound, ProblemHttpResult>> ProcessAsync(
        byte[] body, string? signature, WhatsAppInbound inbound, WhatsAppOptions options, CancellationToken ct)
    {
        if (!WebhookSignature.IsValid(body, signature, options.AppSecret))
            return TypedResults.Problem("Ongeldige handtekening. / Invalid signature.", statusCode: StatusCodes.Status401Unauthorized);
        WhatsAppWebhook? payload;
        try
        {
            payload = JsonSerializer.Deserialize<WhatsAppWebhook>(body, WhatsAppPayloads.Json);
        }
        catch (JsonException)
        {
            payload = null;
        }
        if (payload is null)
            return TypedResults.Problem("Geen geldige JSON. / Not valid JSON.", statusCode: StatusCodes.Status400BadRequest);
        return TypedResults.Ok(await inbound.HandleAsync(payload, ct));
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
