using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Verbinding.Web.Features.Citizens.DigidSimulator;

/// <summary>
/// The simulator's authorization endpoint. OpenIddict has already validated the OIDC request; here we only
/// decide who signs in: nobody yet means "show the login page", someone picked means "issue the code".
/// </summary>
public static class AuthorizeEndpoint
{
    public static async Task<IResult> Handle(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        var login = await http.AuthenticateAsync(DigidSimulatorDefaults.LoginScheme);
        var bsn = login.Principal?.FindFirst(Claims.Subject)?.Value;
        var name = login.Principal?.FindFirst(Claims.Name)?.Value;
        if (!login.Succeeded || bsn is null || name is null)
        {
            var returnUrl = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            return Results.Redirect($"{DigidSimulatorDefaults.LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        // One pick per sign-in: after signing out of Verbinding the tester chooses a citizen again.
        await http.SignOutAsync(DigidSimulatorDefaults.LoginScheme);

        var identity = new ClaimsIdentity(
            authenticationType: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, bsn).SetClaim(Claims.Name, name);
        identity.SetScopes(request.GetScopes().Intersect([Scopes.OpenId, Scopes.Profile]));
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name when identity.HasScope(Scopes.Profile) => [Destinations.IdentityToken],
            Claims.Subject => [Destinations.IdentityToken, Destinations.AccessToken],
            _ => [],
        });
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
