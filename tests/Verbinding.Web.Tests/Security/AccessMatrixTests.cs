using System.Net;
using System.Text;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// Every endpoint of the running application x every principal against the expected-access table: allowed requests
/// are not refused, denied ones get 401/403/404 or the sign-in page, nobody gets a 5xx, and no outsider ever
/// receives a body that contains one of citizen A's or unit X's marker texts.
/// </summary>
public sealed class AccessMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private static readonly string[] SignInPaths = ["/medewerker/inloggen", "/medewerker/geen-toegang", "/inloggen"];

    [Fact]
    public void Every_endpoint_is_in_the_access_table()
    {
        var missing = fixture.Endpoints.Where(e => AccessTable.For(e) is null).Select(e => e.Key).ToList();
        Assert.True(missing.Count == 0, "Add these endpoints to Security/AccessTable.cs:\n" + string.Join("\n", missing));
        // The inventory sees page handlers and the hub, not only minimal APIs.
        var keys = fixture.Endpoints.Select(e => e.Key).ToList();
        Assert.True(keys.Contains("POST /medewerker/tokens?handler=Create") && keys.Contains("POST /hubs/chat/negotiate"), string.Join("\n", keys));
    }

    [Fact]
    public void Access_table_has_no_stale_lines()
    {
        var keys = fixture.Endpoints.SelectMany(e => new[] { e.Key, "* " + e.Pattern }).ToHashSet();
        var stale = AccessTable.Rules.Keys.Where(k => !keys.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "No such endpoint any more:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task No_principal_reaches_what_the_table_denies_and_no_outsider_sees_anothers_data()
    {
        var failures = new List<string>();
        var checkedCases = 0;
        // Reads first, then writes: allowed writes (claim, close) change A's conversation.
        foreach (var endpoint in fixture.Endpoints.OrderBy(e => e.IsWrite))
        {
            var rule = AccessTable.For(endpoint) ?? throw new InvalidOperationException($"Not in the table: {endpoint}");
            foreach (var principal in Principals.All)
            {
                using var request = Build(endpoint, rule, principal);
                using var response = await fixture.Clients[principal].SendAsync(request, TestContext.Current.CancellationToken);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                checkedCases++;
                if (Verdict(endpoint, rule, principal, response, body) is { } failure)
                {
                    failures.Add($"{endpoint} as {principal} [{rule.Access}]: {failure}");
                }
            }
        }
        TestContext.Current.SendDiagnosticMessage($"Access matrix: {checkedCases} cases over {fixture.Endpoints.Count} endpoints.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCases >= fixture.Endpoints.Count * Principals.All.Count);
    }

    private string? Verdict(EndpointShape endpoint, AccessRule rule, Principal principal, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} server error";
        }
        var location = response.Headers.Location?.OriginalString ?? "";
        var toSignIn = status is >= 300 and < 400 && SignInPaths.Any(p => location.StartsWith(p, StringComparison.Ordinal) || location.Contains("://", StringComparison.Ordinal) && new Uri(location).AbsolutePath.StartsWith(p, StringComparison.Ordinal));
        if (rule.Status is { } fixedStatus)
        {
            // API tokens carry no cookies, so their form post stops at the antiforgery check (400) before the handler.
            var stoppedEarlier = endpoint.IsPage && endpoint.IsWrite && principal.IsToken() && status == 400;
            return status == fixedStatus || stoppedEarlier ? null : $"expected {fixedStatus}, got {status}";
        }
        var denied = status is 401 or 403 or 404 || toSignIn;
        var allowed = rule.Access.Allows(principal);
        if (allowed && denied && !(endpoint.Pattern.StartsWith("/medewerker/inloggen", StringComparison.Ordinal) && toSignIn))
        {
            return $"expected access, got {status} {location}";
        }
        // A 400 on an allowed form post is the antiforgery check refusing the token: the handler was never reached.
        // (API tokens carry no cookies and post no forms.)
        if (allowed && endpoint.IsPage && endpoint.IsWrite && !rule.WithoutAntiforgery && !principal.IsToken() && status == 400)
        {
            return "400: the form token was refused, the handler was not reached";
        }
        if (!allowed && !denied)
        {
            return $"expected denial, got {status} {location}";
        }
        var leaked = ForbiddenMarkers(principal).Where(m => body.Contains(m, StringComparison.Ordinal)).ToList();
        return leaked.Count > 0 ? $"{status} with another's data ({string.Join(", ", leaked)})" : null;
    }

    private IEnumerable<string> ForbiddenMarkers(Principal principal) =>
        principal.MaySeeUnitX() ? [] : principal == Principal.CitizenA ? fixture.Records.Markers.Where(m => m.StartsWith("Audit", StringComparison.Ordinal)) : fixture.Records.Markers;

    private HttpRequestMessage Build(EndpointShape endpoint, AccessRule rule, Principal principal)
    {
        var url = fixture.Records.Fill(endpoint.Pattern, principal) + (endpoint.Handler is null ? "" : "?handler=" + endpoint.Handler);
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
        foreach (var (header, value) in fixture.Records.CapabilityHeaders(principal))
        {
            request.Headers.Add(header, value);
        }
        if (!endpoint.IsWrite)
        {
            return request;
        }
        if (endpoint.IsPage)
        {
            var fields = new Dictionary<string, string>(rule.Form ?? new Dictionary<string, string>());
            if (!rule.WithoutAntiforgery)
            {
                fields["__RequestVerificationToken"] = principal.IsCitizen() && endpoint.Policies.Contains(CitizenAuthentication.Policy)
                    ? fixture.CitizenFormTokens[principal]
                    : fixture.FormTokens[principal];
            }
            if (endpoint.FormFields.Contains("id") && !endpoint.Pattern.Contains("{id", StringComparison.Ordinal))
            {
                fields["id"] = fixture.Records.ConversationId;
            }
            request.Content = new FormUrlEncodedContent(fields);
        }
        else
        {
            request.Content = new StringContent(rule.Body ?? "{}", Encoding.UTF8, "application/json");
        }
        return request;
    }
}
