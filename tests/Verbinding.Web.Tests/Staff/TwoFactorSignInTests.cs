using System.Net;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Staff;

public sealed class TwoFactorSignInTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    [Fact]
    public async Task New_staff_member_must_enrol_an_authenticator_before_reaching_the_workspace()
    {
        var user = await App.CreateStaffAsync(StaffRoles.ServiceAgent);
        var client = App.CreateBrowserClient();

        var key = await client.SignInWithPasswordAsync(user.Email!);
        Assert.NotNull(key);

        var workspace = await client.GetAsync("/medewerker");
        Assert.Equal(HttpStatusCode.Redirect, workspace.StatusCode);
        var denied = await client.GetAsync(workspace.Headers.Location);
        Assert.StartsWith("/medewerker/tweestapsverificatie", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var enrolled = await client.PostFormAsync("/medewerker/tweestapsverificatie", new Dictionary<string, string> { ["Code"] = StaffSignIn.Totp(key) });
        Assert.Equal("/medewerker", enrolled.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync("/medewerker");
        Assert.Equal("midden-nederland", page.QuerySelector("[data-testid=unit]")!.TextContent);
    }

    [Fact]
    public async Task Returning_staff_member_needs_the_current_code_and_a_wrong_code_is_refused()
    {
        var user = await App.CreateStaffAsync(StaffRoles.Intake);
        (await App.SignInAsStaffAsync(user)).Dispose();

        var client = App.CreateBrowserClient();
        Assert.Null(await client.SignInWithPasswordAsync(user.Email!));
        var wrong = await client.PostFormAsync("/medewerker/inloggen/code", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("klopt niet", (await wrong.ParseAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/medewerker")).StatusCode);

        var right = await client.PostFormAsync("/medewerker/inloggen/code", new Dictionary<string, string> { ["Code"] = StaffSignIn.Totp(await App.AuthenticatorKeyAsync(user)) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/medewerker")).StatusCode);
    }

    [Fact]
    public async Task Wrong_password_five_times_locks_the_account()
    {
        var user = await App.CreateStaffAsync(StaffRoles.Wijkagent);
        var client = App.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostFormAsync("/medewerker/inloggen", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = "wrong-password" });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        var locked = await client.PostFormAsync("/medewerker/inloggen", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = VerbindingApplication.StaffPassword });
        Assert.Contains("geblokkeerd", (await locked.ParseAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_sign_in_form_gets_a_clear_message_and_keeps_the_email()
    {
        var client = App.CreateBrowserClient();
        var response = await client.PostFormAsync("/medewerker/inloggen", new Dictionary<string, string> { ["Email"] = "iemand@politie.local", ["Password"] = "" });
        var page = await response.ParseAsync();
        Assert.Contains("Vul uw wachtwoord in.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("iemand@politie.local", page.QuerySelector("#email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Sign_in_redirects_only_to_local_addresses()
    {
        var user = await App.CreateStaffAsync(StaffRoles.Analyst);
        (await App.SignInAsStaffAsync(user)).Dispose();
        var client = App.CreateBrowserClient();
        await client.SignInWithPasswordAsync(user.Email!);
        var response = await client.PostFormAsync("/medewerker/inloggen/code?returnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Code"] = StaffSignIn.Totp(await App.AuthenticatorKeyAsync(user)), ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal("/medewerker", response.Headers.Location!.OriginalString);
    }
}
