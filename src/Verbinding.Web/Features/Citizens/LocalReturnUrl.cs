namespace Verbinding.Web.Features.Citizens;

/// <summary>
/// Keeps sign-in redirects inside the site: a return URL from the query string is attacker-controlled,
/// and an open redirect after a DigiD login is a ready-made phishing tool.
/// </summary>
public static class LocalReturnUrl
{
    public const string Default = "/mijn";

    /// <summary>Same rules as ASP.NET Core's <c>IUrlHelper.IsLocalUrl</c>: one leading slash, no scheme, no <c>//</c> or <c>/\</c>.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }
        if (url.Length == 1)
        {
            return true;
        }
        if (url[1] is '/' or '\\')
        {
            return false;
        }
        // Control characters can be stripped by browsers and turn "/\t/evil" into "//evil".
        return !url.Any(char.IsControl);
    }

    public static string OrDefault(string? url) => IsLocal(url) ? url! : Default;
}
