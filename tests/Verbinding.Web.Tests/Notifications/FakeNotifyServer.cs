using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Verbinding.Web.Tests.Notifications;

/// <summary>
/// A GOV.UK Notify API on 127.0.0.1 as far as SMS goes: checks the bearer token the way Notify does (HS256 with the
/// key's secret, issuer the service id, issued within 30 seconds) and records each accepted request's JSON body.
/// </summary>
public sealed class FakeNotifyServer : IAsyncDisposable
{
    public const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    public const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public const string ApiKey = "verbinding_test-" + ServiceId + "-" + Secret;
    public const string TemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    private readonly WebApplication _app;

    private FakeNotifyServer(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonElement> Sms { get; } = new();

    /// <summary>What the next requests get instead of 201 (e.g. 400 with Notify's error body), until set back to null.</summary>
    public HttpStatusCode? Refuse { get; set; }

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<FakeNotifyServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeNotifyServer(app);
        app.MapPost("/v2/notifications/sms", (Func<HttpContext, Task<IResult>>)server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = ServiceId, ValidateAudience = false, ValidateLifetime = false,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret)),
        });
        if (!validated.IsValid || validated.SecurityToken is not JsonWebToken jwt
            || Math.Abs((DateTimeOffset.UtcNow - new DateTimeOffset(jwt.IssuedAt)).TotalSeconds) > 30)
        {
            return Results.Json(new { status_code = 403, errors = new[] { new { error = "AuthError", message = "Invalid token" } } }, statusCode: 403);
        }
        if (Refuse is { } status)
        {
            return Results.Json(new { status_code = (int)status, errors = new[] { new { error = "BadRequestError", message = "Can't send to this recipient using a team-only API key" } } }, statusCode: (int)status);
        }
        Sms.Enqueue(await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body));
        return Results.Json(new { id = Guid.NewGuid() }, statusCode: 201);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
