using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Tests.Infrastructure;

public static class StaffSignIn
{
    /// <summary>Signs in with password, enrols the authenticator on first use, and enters a TOTP code: the full two-factor flow.</summary>
    public static async Task<HttpClient> SignInAsStaffAsync(this VerbindingApplication app, StaffUser user)
    {
        var client = app.CreateBrowserClient();
        var key = await client.SignInWithPasswordAsync(user.Email!);
        if (key is not null)
        {
            var enrolled = await client.PostFormAsync("/medewerker/tweestapsverificatie", new Dictionary<string, string> { ["Code"] = Totp(key) });
            Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        }
        else
        {
            var code = await client.PostFormAsync("/medewerker/inloggen/code", new Dictionary<string, string> { ["Code"] = Totp(await app.AuthenticatorKeyAsync(user)) });
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        }
        return client;
    }

    /// <summary>Posts the password form; returns the authenticator key when the account still has to enrol.</summary>
    public static async Task<string?> SignInWithPasswordAsync(this HttpClient client, string email, string password = VerbindingApplication.StaffPassword)
    {
        var response = await client.PostFormAsync("/medewerker/inloggen", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        if (location.StartsWith("/medewerker/tweestapsverificatie", StringComparison.Ordinal))
        {
            var setup = await client.GetPageAsync(location);
            return setup.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        }
        Assert.StartsWith("/medewerker/inloggen/code", location, StringComparison.Ordinal);
        return null;
    }

    public static string Totp(string base32Key) =>
        new Totp(Base32Encoding.ToBytes(base32Key.ToUpperInvariant())).ComputeTotp();

    public static async Task<string> AuthenticatorKeyAsync(this VerbindingApplication app, StaffUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id))!))!;
    }
}
