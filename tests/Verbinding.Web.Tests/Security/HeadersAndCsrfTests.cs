using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Web;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Security;

/// <summary>ASVS-style checks over the whole inventory: security headers on every response, antiforgery on every form post, cookie flags.</summary>
public sealed class HeadersAndCsrfTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private VerbindingApplication App => fixture.App;

    private static string Dummy(string pattern) => RouteValues.Replace(pattern, name => name switch
    {
        "id" when pattern.Contains("{id:long}", StringComparison.Ordinal) || pattern.Contains("{id:int}", StringComparison.Ordinal) => "1",
        "id" => Guid.Empty.ToString(),
        "documentName" => "v1",
        "number" => "1",
        _ => "x",
    });

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = App.CreateBrowserClient();
        var missing = new List<string>();
        foreach (var endpoint in EndpointInventory.Read(App.Services).Where(e => e.Method == "GET" && e.Handler is null))
        {
            using var response = await client.GetAsync(Dummy(endpoint.Pattern), TestContext.Current.CancellationToken);
            var csp = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? values.Single() : null;
            if (csp is null || !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || !csp.Contains("object-src 'none'", StringComparison.Ordinal)
                || (!endpoint.Pattern.StartsWith("/api-docs", StringComparison.Ordinal) && csp != SecurityHeaders.Csp)
                || Header(response, "X-Content-Type-Options") != "nosniff" || Header(response, "X-Frame-Options") != "DENY"
                || Header(response, "Referrer-Policy") is null || Header(response, "Permissions-Policy") is null)
            {
                missing.Add($"{endpoint} ({(int)response.StatusCode})");
            }
        }
        Assert.True(missing.Count == 0, "Security headers missing or weakened on:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Every_post_page_handler_refuses_a_request_without_antiforgery_token()
    {
        // Each post goes from a principal that passes the page's authorization (the administrator where it may, else
        // intake X or citizen A), so the antiforgery check is what answers.
        var accepted = new List<string>();
        var posts = EndpointInventory.Read(App.Services).Where(e => e.IsPage && e.Method == "POST").ToList();
        foreach (var endpoint in posts.OrderBy(e => e.Pattern.Contains("uitloggen", StringComparison.Ordinal)))
        {
            var url = Dummy(endpoint.Pattern) + (endpoint.Handler is null ? "" : "?handler=" + endpoint.Handler);
            var rule = AccessTable.For(endpoint) ?? throw new InvalidOperationException($"Not in the access table: {endpoint}");
            var principal = Principals.All.OrderByDescending(p => p == Principal.Administrator).First(p => rule.Access.Allows(p) && !p.IsToken());
            using var response = await fixture.Clients[principal].PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }), TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }
        Assert.True(posts.Count >= 20, $"Only {posts.Count} page handlers found");
        Assert.True(accepted.Count == 0, "Form posts without an antiforgery token were not refused with 400:\n" + string.Join("\n", accepted));
    }

    [Fact]
    public void Session_cookies_are_http_only_and_same_site()
    {
        var cookies = App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
        var staff = cookies.Get(IdentityConstants.ApplicationScheme).Cookie;
        var citizen = cookies.Get(CitizenAuthentication.CookieScheme).Cookie;
        var antiforgery = App.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie;

        Assert.True(staff.HttpOnly && citizen.HttpOnly && antiforgery.HttpOnly);
        Assert.Equal(SameSiteMode.Strict, staff.SameSite);
        // Lax, not Strict: the DigiD callback is a top-level navigation from another site.
        Assert.Equal(SameSiteMode.Lax, citizen.SameSite);
        Assert.NotEqual(SameSiteMode.None, antiforgery.SameSite);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_sent_http_only()
    {
        using var client = App.CreateBrowserClient();
        using var response = await client.GetAsync("/melding", TestContext.Current.CancellationToken);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("verbinding.af=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
