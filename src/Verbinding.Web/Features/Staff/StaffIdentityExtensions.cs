using Verbinding.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Verbinding.Web.Features.Staff.Tokens;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Staff;

public static class StaffIdentityExtensions
{
    public static IHostApplicationBuilder AddStaffIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section);
        var staff = builder.Configuration.GetSection(StaffOptions.Section).Get<StaffOptions>() ?? new StaffOptions();
        var requireTwoFactor = staff.RequireTwoFactor || !builder.Environment.IsDevelopment();

        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthentication().AddIdentityCookies();
        builder.Services.AddScoped<TokenService>();
        builder.Services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<VerbindingDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "verbinding.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = LocalEnvironment.CookiePolicy(builder.Environment);
            o.LoginPath = "/medewerker/inloggen";
            o.LogoutPath = "/medewerker/uitloggen";
            o.AccessDeniedPath = "/medewerker/geen-toegang";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(staff.SessionMinutes);
            o.SlidingExpiration = true;
        });
        builder.Services.AddSingleton(new TwoFactorPolicy(requireTwoFactor));
        builder.Services.AddScoped<IDatabaseSeeder, StaffRoleSeeder>();


        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => StaffPolicy(p, requireTwoFactor))
            .AddPolicy(StaffPolicies.Supervisor, p => StaffPolicy(p, requireTwoFactor).RequireRole(StaffRoles.Supervisor, StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.Administrator, p => StaffPolicy(p, requireTwoFactor).RequireRole(StaffRoles.Administrator))
            .AddApiScopePolicies(requireTwoFactor);
        return builder;
    }

    private static AuthorizationPolicyBuilder StaffPolicy(AuthorizationPolicyBuilder policy, bool requireTwoFactor)
    {
        policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(StaffClaims.Eenheid);
        if (requireTwoFactor)
        {
            // Identity adds amr=mfa when the session was opened with a TOTP code.
            policy.RequireClaim("amr", "mfa");
        }
        return policy;
    }
}

/// <summary>Whether staff must use TOTP: always outside Development.</summary>
public sealed record TwoFactorPolicy(bool Required);
