using Microsoft.AspNetCore;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Verbinding.Web.Features.Citizens.DigidSimulator;

/// <summary>
/// In degraded mode OpenIddict has no client store, so the simulator checks its one client itself:
/// this app's client id, its secret, and a redirect URI that is this app's own DigiD callback.
/// </summary>
public sealed class SimulatorClientCheck(IOptions<CitizenIdentityOptions> options)
    : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>, IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        if (!string.Equals(context.ClientId, options.Value.ClientId, StringComparison.Ordinal))
        {
            context.Reject(Errors.InvalidClient, "Unknown client_id.");
        }
        else if (!IsOwnCallback(context.RedirectUri, context.Transaction.GetHttpRequest()?.Host.Value))
        {
            context.Reject(Errors.InvalidRequest, "The redirect_uri is not this app's DigiD callback.");
        }
        return default;
    }

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!string.Equals(context.ClientId, options.Value.ClientId, StringComparison.Ordinal) ||
            !string.Equals(context.Request.ClientSecret, options.Value.ClientSecret, StringComparison.Ordinal))
        {
            context.Reject(Errors.InvalidClient, "Unknown client or wrong client secret.");
        }
        return default;
    }

    // The simulator only ever serves the app it runs in: same host as this request, or loopback.
    private static bool IsOwnCallback(string? redirectUri, string? requestHost) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri)
        && uri.AbsolutePath == CitizenAuthentication.CallbackPath
        && (uri.IsLoopback || string.Equals(uri.Authority, requestHost, StringComparison.OrdinalIgnoreCase));
}
