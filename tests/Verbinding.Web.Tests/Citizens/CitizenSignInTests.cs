using System.Net;

namespace Verbinding.Web.Tests.Citizens;

/// <summary>The whole DigiD sign-in through the simulator, over real HTTP, as a browser would do it.</summary>
public sealed class CitizenSignInTests(CitizenApp app) : IClassFixture<CitizenApp>
{
    [Fact]
    public async Task Citizen_signs_in_with_simulated_digid_and_sees_own_name_on_mijn()
    {
        using var browser = app.CreateBrowser();
        var login = await browser.StartSignInAsync("/mijn");
        Assert.Contains("SIMULATIE - geen echte DigiD", await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var afterLogin = await browser.SubmitFormAsync(login, "form[action*='handler=Demo']", new() { ["demoBsn"] = "999990019" });
        var callback = await browser.CompleteSignInAsync(afterLogin);
        Assert.Equal("/mijn", callback.Headers.Location?.OriginalString);

        var mijn = await browser.GetAsync("/mijn");
        var html = await mijn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, mijn.StatusCode);
        Assert.Contains("Jan Jansen", html);
        Assert.Contains("*****0019", html);
        Assert.DoesNotContain("999990019", html);
    }

    [Fact]
    public async Task Citizen_cookie_is_http_only_and_same_site_lax()
    {
        using var browser = app.CreateBrowser();
        var login = await browser.StartSignInAsync("/mijn");
        var afterLogin = await browser.SubmitFormAsync(login, "form[action*='handler=Demo']", new() { ["demoBsn"] = "999993653" });
        var callback = await browser.CompleteSignInAsync(afterLogin);

        var cookie = callback.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Verbinding.Citizen=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Typed_bsn_and_name_sign_in_as_that_person()
    {
        using var browser = app.CreateBrowser();
        var login = await browser.StartSignInAsync("/mijn");
        var afterLogin = await browser.SubmitFormAsync(login, "form:not([action*='handler=Demo'])",
            new() { ["Bsn"] = "9999 90032", ["Name"] = "Priya Ramdin" });
        await browser.CompleteSignInAsync(afterLogin);

        var html = await (await browser.GetAsync("/mijn")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Priya Ramdin", html);
        Assert.Contains("*****0032", html);
    }

    [Fact]
    public async Task Invalid_bsn_is_refused_with_a_clear_message()
    {
        using var browser = app.CreateBrowser();
        var login = await browser.StartSignInAsync("/mijn");

        var response = await browser.SubmitFormAsync(login, "form:not([action*='handler=Demo'])",
            new() { ["Bsn"] = "123456789", ["Name"] = "Test Persoon" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("elfproef", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("DigidSimulator=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Mijn_without_sign_in_redirects_to_sign_in_with_return_url()
    {
        using var browser = app.CreateBrowser();

        var response = await browser.GetAsync("/mijn");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen", response.Headers.Location!.AbsolutePath);
        Assert.Equal("?returnUrl=%2Fmijn", response.Headers.Location.Query);
    }

    [Theory]
    [InlineData("https://evil.example/mijn")]
    [InlineData("//evil.example/mijn")]
    [InlineData("/\\evil.example/mijn")]
    public async Task Sign_in_never_returns_to_another_site(string returnUrl)
    {
        using var browser = app.CreateBrowser();
        var login = await browser.StartSignInAsync(returnUrl);
        var afterLogin = await browser.SubmitFormAsync(login, "form[action*='handler=Demo']", new() { ["demoBsn"] = "999991772" });

        var callback = await browser.CompleteSignInAsync(afterLogin);

        Assert.Equal("/mijn", callback.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_local_page_that_asked_for_it()
    {
        using var browser = app.CreateBrowser();
        var login = await browser.StartSignInAsync("/mijn?tab=zaken");
        var afterLogin = await browser.SubmitFormAsync(login, "form[action*='handler=Demo']", new() { ["demoBsn"] = "999991772" });

        var callback = await browser.CompleteSignInAsync(afterLogin);

        Assert.Equal("/mijn?tab=zaken", callback.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var browser = await app.SignInAsCitizenAsync();
        var mijn = await browser.GetAsync("/mijn");

        var signOut = await browser.SubmitFormAsync(mijn, "form[action='/uitloggen']", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var again = await browser.GetAsync("/mijn");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/inloggen", again.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Sign_out_without_antiforgery_token_is_refused()
    {
        using var browser = await app.SignInAsCitizenAsync();

        var forged = await browser.PostAsync("/uitloggen");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/mijn")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_never_writes_the_bsn_to_the_logs()
    {
        using var browser = await app.SignInAsCitizenAsync("999990020");

        Assert.Contains(app.LogMessages, m => m.Contains("Citizen signed in", StringComparison.Ordinal));
        Assert.DoesNotContain(app.LogMessages, m => m.Contains("999990020", StringComparison.Ordinal));
    }
}
