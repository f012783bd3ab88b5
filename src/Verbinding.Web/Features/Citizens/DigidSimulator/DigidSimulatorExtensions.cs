using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Verbinding.Web.Features.Citizens.DigidSimulator;

/// <summary>
/// A simulated DigiD (OpenIddict in degraded mode, see docs/decisions) so Development and tests run the
/// real OpenID Connect flow. Refuses to start in Production.
/// </summary>
public static class DigidSimulatorExtensions
{
    public static IHostApplicationBuilder AddDigidSimulator(this IHostApplicationBuilder builder)
    {
        EnsureNotProduction(builder.Environment);
        var services = builder.Services;
        services.AddSingleton<SimulatorAuthority>();

        services.AddAuthentication().AddCookie(DigidSimulatorDefaults.LoginScheme, o =>
        {
            o.Cookie.Name = "DigidSimulator";
            o.Cookie.Path = DigidSimulatorDefaults.PathPrefix;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            o.SlidingExpiration = false;
            o.LoginPath = DigidSimulatorDefaults.LoginPath;
        });

        services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris(DigidSimulatorDefaults.AuthorizePath.TrimStart('/'))
             .SetTokenEndpointUris(DigidSimulatorDefaults.TokenPath.TrimStart('/'))
             .SetConfigurationEndpointUris(DigidSimulatorDefaults.DiscoveryPath.TrimStart('/'))
             .SetJsonWebKeySetEndpointUris(DigidSimulatorDefaults.JwksPath.TrimStart('/'));
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            // "plain" PKCE protects nothing; DigiD-style providers accept S256 only, so the simulator does too.
            o.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
            o.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            o.RegisterClaims(Claims.Subject, Claims.Name);
            // Keys live in memory: a restart only invalidates sign-ins that were half-way. An EC P-256 signing key (ES256)
            // and an AES key instead of AddEphemeral...Key()'s two RSA-2048 keys: generating those took 0.5-4 s of the
            // first request after every start, and so of readiness.
            o.AddSigningKey(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)))
             .AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
            o.SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(2));
            o.EnableDegradedMode();
            o.UseAspNetCore()
             .EnableAuthorizationEndpointPassthrough()
             .DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(h => h.UseScopedHandler<SimulatorClientCheck>());
            o.AddEventHandler<ValidateTokenRequestContext>(h => h.UseScopedHandler<SimulatorClientCheck>());
        });

        services.AddOptions<OpenIdConnectOptions>(CitizenAuthentication.OidcScheme)
            .Configure<SimulatorAuthority>((oidc, simulator) =>
            {
                oidc.Authority = simulator.Authority;
                oidc.RequireHttpsMetadata = false; // plain http on loopback: the simulator only
            });
        return builder;
    }

    public static WebApplication MapDigidSimulator(this WebApplication app)
    {
        app.MapMethods(DigidSimulatorDefaults.AuthorizePath, [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeEndpoint.Handle)
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    public static void EnsureNotProduction(IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "The simulated DigiD provider cannot run in Production. Set CitizenIdentity:UseSimulator to false " +
                "and configure CitizenIdentity:Authority, ClientId and ClientSecret for the real DigiD provider.");
        }
    }
}
