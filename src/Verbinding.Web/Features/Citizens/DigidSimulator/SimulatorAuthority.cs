using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Verbinding.Web.Features.Citizens.DigidSimulator;

/// <summary>
/// The simulator lives inside this app, so its base URL is wherever this app listens. The OIDC handler
/// fetches discovery and redeems codes over real HTTP to that address (a loopback call), which keeps the
/// production code path intact. Resolved lazily: the listening port is only known after the server started
/// (tests use port 0).
/// </summary>
public sealed class SimulatorAuthority(IServer server, IOptions<CitizenIdentityOptions> options)
{
    private Uri? _baseUri;

    /// <summary>The app's base URL with a trailing slash, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseUri => _baseUri ??= Resolve();

    /// <summary>The OIDC authority: discovery lives under the simulator's own path prefix.</summary>
    public string Authority => new Uri(BaseUri, DigidSimulatorDefaults.PathPrefix.TrimStart('/')).ToString();

    private Uri Resolve()
    {
        if (!string.IsNullOrEmpty(options.Value.Authority))
        {
            return WithTrailingSlash(new Uri(options.Value.Authority));
        }
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException(
                "The DigiD simulator needs the app's listening address, but the server reports none " +
                "(in-memory TestServer?). Set CitizenIdentity:Authority to the app's base URL or run on Kestrel.");
        return WithTrailingSlash(new Uri(ReplaceWildcardHost(address)));
    }

    // "http://+:8080" and "http://0.0.0.0:8080" are bind addresses, not addresses one can call.
    private static string ReplaceWildcardHost(string address) => address
        .Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal)
        .Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal)
        .Replace("://0.0.0.0:", "://127.0.0.1:", StringComparison.Ordinal)
        .Replace("://[::]:", "://127.0.0.1:", StringComparison.Ordinal);

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
