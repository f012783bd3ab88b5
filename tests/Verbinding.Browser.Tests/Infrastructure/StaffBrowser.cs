using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Browser.Tests.Infrastructure;

/// <summary>Staff accounts made through the server's own services, signed in through the real pages with a TOTP code.</summary>
public static class StaffBrowser
{
    public const string Password = "Browser-test-2026!";

    public static async Task<StaffUser> CreateStaffAsync(this VerbindingServer server, string role, string eenheid)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@test.politie.local";
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}", EenheidId = eenheid };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>Password, then enrolling the authenticator with the key the page shows, as a colleague does the first time.</summary>
    public static async Task SignInAsync(this IPage page, StaffUser user, string returnUrl)
    {
        await page.GotoAsync($"/medewerker/inloggen?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("#email").FillAsync(user.Email!);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        var key = (await page.Locator("[data-testid=shared-key]").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        var code = new Totp(Base32Encoding.ToBytes(key.ToUpperInvariant())).ComputeTotp();
        await page.Locator("#code").FillAsync(code);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl);
    }
}
