using System.Security.Claims;

namespace Verbinding.Web.Features.Citizens;

/// <summary>
/// The citizen behind the current request. Filled on endpoints that authenticate the Citizen scheme
/// (the <see cref="CitizenAuthentication.Policy"/> policy does); staff identities are never read as citizens.
/// </summary>
public sealed class CurrentCitizen(IHttpContextAccessor accessor)
{
    private ClaimsIdentity? Identity => accessor.HttpContext?.User.Identities
        .FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == CitizenAuthentication.CookieScheme);

    public bool IsAuthenticated => Bsn is not null;

    public Bsn? Bsn => Citizens.Bsn.TryParse(Identity?.FindFirst(CitizenAuthentication.BsnClaim)?.Value, out var bsn) ? bsn : null;

    public string? Name => Identity?.FindFirst(CitizenAuthentication.NameClaim)?.Value;
}
