using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Meldingen;

namespace Verbinding.Web.Tests.Security;

/// <summary>Rate limits on sign-in, submissions and verification; account lockout; two-factor authentication enforced.</summary>
public sealed class AbuseLimitTests
{
    private static async Task<VerbindingApplication> StartAsync() => await VerbindingApplication.StartAsync(s =>
    {
        s["RateLimits:login"] = "3";
        s["RateLimits:submit"] = "2";
        s["RateLimits:verify"] = "3";
    });

    [Fact]
    public async Task Sign_in_submissions_and_verification_are_rate_limited_with_a_problem_and_retry_after()
    {
        await using var app = await StartAsync();
        using var client = app.CreateBrowserClient();
        var token = await MatrixFixture.FormTokenAsync(client);
        var login = await Repeat(4, () => client.PostAsync("/medewerker/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = "niemand@politie.local", ["Password"] = "fout",
        })));
        var submit = await Repeat(3, () => client.PostAsJsonAsync("/api/v1/conversations", new { channel = "web" }));
        var verify = await Repeat(4, () => client.GetStatusAsync("AB-123", "fout"));

        foreach (var limited in new[] { login, submit, verify })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal("60", limited.Headers.RetryAfter?.ToString());
            Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Opening_a_form_uses_none_of_the_submissions_allowed()
    {
        await using var app = await StartAsync();
        using var client = app.CreateBrowserClient();
        // The survey page shows its form and takes its post under the submission limit (2 a minute here).
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/tevredenheid/onbekend")).StatusCode);
        }

        var submits = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            submits.Add((await client.PostAsJsonAsync("/api/v1/conversations", new { channel = "web" })).StatusCode);
        }
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, submits.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, submits[2]);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var user = await app.CreateStaffAsync(StaffRoles.Intake);
        using var client = app.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/medewerker/inloggen", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = "Verkeerd-wachtwoord-1!" });
        }

        var right = await client.PostFormAsync("/medewerker/inloggen", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = VerbindingApplication.StaffPassword });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!));
    }

    [Fact]
    public async Task A_password_alone_opens_no_staff_page_or_api()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var user = await app.CreateStaffAsync(StaffRoles.Administrator, national: true);
        using var client = app.CreateBrowserClient();
        await client.SignInWithPasswordAsync(user.Email!);

        foreach (var url in new[] { "/medewerker", "/medewerker/audit", "/medewerker/tokens", "/api/v1/audit" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
        }
    }

    private static async Task<HttpResponseMessage> Repeat(int times, Func<Task<HttpResponseMessage>> send)
    {
        HttpResponseMessage last = null!;
        for (var i = 0; i < times; i++)
        {
            last = await send();
        }
        return last;
    }
}
