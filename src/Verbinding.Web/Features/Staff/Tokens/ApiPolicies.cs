using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Verbinding.Web.Features.Staff.Tokens;

/// <summary>API policies: a personal access token with the scope, or a staff session (cookie) that passed 2FA.</summary>
public static class ApiPolicies
{
    public static string ForScope(string scope) => "Api:" + scope;

    public static AuthorizationBuilder AddApiScopePolicies(this AuthorizationBuilder auth, bool requireTwoFactor)
    {
        foreach (var scope in ApiScopes.All)
        {
            auth.AddPolicy(ForScope(scope), p => p
                .AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(StaffClaims.Eenheid)
                .RequireAssertion(c =>
                    c.User.HasClaim(ApiScopes.ClaimType, scope)
                    || (c.User.Identity?.AuthenticationType != TokenAuthenticationHandler.SchemeName
                        && (!requireTwoFactor || c.User.HasClaim("amr", "mfa")))));
        }
        return auth;
    }
}
