namespace Verbinding.Web.Infrastructure.Web;

/// <summary>
/// Development and automated tests run on plain http on the developer's own machine. Every other environment
/// (acceptance, production) is reached over https, so its cookies are Secure and its simulators are off.
/// </summary>
public static class LocalEnvironment
{
    public static bool IsLocal(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static CookieSecurePolicy CookiePolicy(IHostEnvironment environment) =>
        environment.IsLocal() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
