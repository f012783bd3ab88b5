using Verbinding.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Verbinding.Web.Features.Citizens.DigidSimulator;

namespace Verbinding.Web.Features.Citizens;

public static class CitizenIdentityExtensions
{
    /// <summary>
    /// Citizen sign-in with OpenID Connect (DigiD). Adds schemes without touching the default scheme,
    /// so staff sign-in through ASP.NET Core Identity keeps working.
    /// </summary>
    public static IHostApplicationBuilder AddCitizenIdentity(this IHostApplicationBuilder builder)
    {
        var environment = builder.Environment;
        // Development and Testing run over plain http on localhost; everywhere else cookies are https-only.
        var localHttp = environment.IsLocal();
        var settings = new CitizenIdentityOptions { UseSimulator = localHttp };
        builder.Configuration.GetSection(CitizenIdentityOptions.Section).Bind(settings);

        builder.Services.AddOptions<CitizenIdentityOptions>()
            .Configure(o => o.UseSimulator = localHttp)
            .BindConfiguration(CitizenIdentityOptions.Section)
            .PostConfigure(o =>
            {
                if (o.UseSimulator && string.IsNullOrEmpty(o.ClientSecret))
                {
                    o.ClientSecret = DigidSimulatorDefaults.ClientSecret;
                }
            })
            .ValidateDataAnnotations()
            .Validate(o => !(o.UseSimulator && environment.IsProduction()), "The DigiD simulator cannot run in Production.")
            .ValidateOnStart();

        builder.Services.AddLocalization();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentCitizen>();
        builder.Services.AddSingleton<CitizenLogReference>();
        builder.Services.AddTransient<CitizenOidcEvents>();

        builder.Services.AddAuthentication()
            .AddCookie(CitizenAuthentication.CookieScheme, o => ConfigureCookie(o, localHttp))
            .AddOpenIdConnect(CitizenAuthentication.OidcScheme, _ => { });
        builder.Services.AddOptions<OpenIdConnectOptions>(CitizenAuthentication.OidcScheme)
            .Configure<IOptions<CitizenIdentityOptions>>((oidc, citizen) => ConfigureOidc(oidc, citizen.Value, localHttp));

        builder.Services.AddAuthorizationBuilder().AddPolicy(CitizenAuthentication.Policy, p => p
            .AddAuthenticationSchemes(CitizenAuthentication.CookieScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(CitizenAuthentication.BsnClaim));

        if (settings.UseSimulator)
        {
            builder.AddDigidSimulator();
        }
        return builder;
    }

    public static WebApplication MapCitizenIdentity(this WebApplication app)
    {
        app.MapGet(CitizenAuthentication.SignInPath, (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = LocalReturnUrl.OrDefault(returnUrl) },
                [CitizenAuthentication.OidcScheme]))
            .AllowAnonymous();

        if (app.Services.GetRequiredService<IOptions<CitizenIdentityOptions>>().Value.UseSimulator)
        {
            app.MapDigidSimulator();
        }
        return app;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, bool localHttp)
    {
        o.Cookie.Name = "Verbinding.Citizen";
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = localHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.ExpireTimeSpan = TimeSpan.FromMinutes(20);
        o.SlidingExpiration = true;
        o.LoginPath = CitizenAuthentication.SignInPath;
        o.ReturnUrlParameter = "returnUrl";
        o.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static void ConfigureOidc(OpenIdConnectOptions o, CitizenIdentityOptions citizen, bool localHttp)
    {
        o.SignInScheme = CitizenAuthentication.CookieScheme;
        o.Authority = citizen.Authority;
        o.ClientId = citizen.ClientId;
        o.ClientSecret = citizen.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.Scope.Clear();
        o.Scope.Add(OpenIdConnectScope.OpenId);
        o.Scope.Add("profile");
        o.CallbackPath = CitizenAuthentication.CallbackPath;
        // Keep "sub" and "name" as sent; CitizenOidcEvents builds the cookie principal from just those two.
        o.MapInboundClaims = false;
        o.ClaimActions.Clear();
        o.TokenValidationParameters.NameClaimType = CitizenAuthentication.NameClaim;
        o.EventsType = typeof(CitizenOidcEvents);
        // Query, the OpenID Connect default for the code flow, instead of ASP.NET Core's form_post: the callback
        // is then a top-level GET, so correlation cookies can be SameSite=Lax, and no auto-submitting inline
        // script is needed (our CSP forbids it). The code in the URL is useless without the PKCE verifier.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
        if (localHttp)
        {
            o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }
    }
}
