using Microsoft.AspNetCore.Localization;

namespace Verbinding.Web.Infrastructure.Localization;

/// <summary>
/// <c>GET /taal?culture=en&amp;returnUrl=/hulp</c>: a plain link (works without JavaScript) that stores
/// the choice in the standard culture cookie and returns the citizen to the page they were on.
/// </summary>
public static class LanguageSwitchEndpoint
{
    public const string Route = "/taal";

    public static IEndpointConventionBuilder MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, (string? culture, string? returnUrl, HttpContext http) =>
        {
            var target = LocalUrl.OrHome(returnUrl);
            if (SiteCultures.Normalize(culture) is { } chosen)
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        // A functional preference, needed to show the page in the chosen language.
                        IsEssential = true,
                        HttpOnly = true,
                        Secure = http.Request.IsHttps,
                        SameSite = SameSiteMode.Lax,
                    });
            }
            return Results.LocalRedirect(target);
        }).AllowAnonymous();

    /// <summary>The switch link for the current page, without a <c>culture</c> query that would override the cookie.</summary>
    public static string LinkFor(HttpRequest request, string culture)
    {
        var query = request.Query
            .Where(q => !string.Equals(q.Key, "culture", StringComparison.OrdinalIgnoreCase) &&
                        !string.Equals(q.Key, "ui-culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        var returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            request.PathBase + request.Path, query);
        return $"{Route}?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";
    }
}
