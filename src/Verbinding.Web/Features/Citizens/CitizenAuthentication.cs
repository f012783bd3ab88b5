namespace Verbinding.Web.Features.Citizens;

/// <summary>Scheme and policy names for signed-in citizens; staff use ASP.NET Core Identity's own cookie.</summary>
public static class CitizenAuthentication
{
    /// <summary>The cookie that holds a signed-in citizen (sliding 20 minutes).</summary>
    public const string CookieScheme = "Citizen";

    /// <summary>The OpenID Connect challenge scheme: DigiD in production, the simulator in Development.</summary>
    public const string OidcScheme = "DigiD";

    /// <summary>Authorization policy: an authenticated citizen from the <see cref="CookieScheme"/>.</summary>
    public const string Policy = "Citizen";

    public const string SignInPath = "/inloggen";
    public const string SignInFailedPath = "/inloggen/mislukt";
    public const string CallbackPath = "/signin-digid";

    /// <summary>Claim types as DigiD-style providers send them; kept unmapped (no WS-* URIs).</summary>
    public const string BsnClaim = "sub";
    public const string NameClaim = "name";
}
