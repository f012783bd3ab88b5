using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Verbinding.Web.Infrastructure.Localization;

public static class LocalizationExtensions
{
    /// <summary>
    /// Dutch by default, English on request. Resource files sit next to a marker class in each feature
    /// folder (<c>Features/Home/HomeText.resx</c>), so <c>ResourcesPath</c> stays empty: the resource
    /// name is then the marker class's full name.
    /// </summary>
    public static IHostApplicationBuilder AddVerbindingLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = SiteCultures.Supported.Select(CultureInfo.GetCultureInfo).ToList();
            o.DefaultRequestCulture = new RequestCulture(SiteCultures.Default);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Dutch government sites start in Dutch whatever the browser says, so Accept-Language is
            // deliberately not a provider: the citizen chooses with the language switch.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseVerbindingLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapLanguageSwitch();
        return app;
    }
}
