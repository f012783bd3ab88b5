using System.Security.Claims;

namespace Verbinding.Web.Features.Citizens;

/// <summary>
/// Turns what the provider asserted into the only claims we keep in the cookie: BSN and name.
/// Everything else in the id_token (session ids, auth times, provider specifics) is dropped on purpose.
/// </summary>
public static class CitizenPrincipal
{
    public static ClaimsPrincipal? FromProvider(ClaimsPrincipal provided)
    {
        var name = provided.FindFirst(CitizenAuthentication.NameClaim)?.Value?.Trim();
        if (!Bsn.TryParse(provided.FindFirst(CitizenAuthentication.BsnClaim)?.Value, out var bsn) || string.IsNullOrEmpty(name))
        {
            return null;
        }
        return Create(bsn, name);
    }

    public static ClaimsPrincipal Create(Bsn bsn, string name)
    {
        var identity = new ClaimsIdentity(
            [new Claim(CitizenAuthentication.BsnClaim, bsn.Value), new Claim(CitizenAuthentication.NameClaim, name)],
            CitizenAuthentication.CookieScheme, CitizenAuthentication.NameClaim, roleType: null);
        return new ClaimsPrincipal(identity);
    }
}
