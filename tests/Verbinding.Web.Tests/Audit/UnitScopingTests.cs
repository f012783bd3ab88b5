using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.Staff.Tokens;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Audit;

public sealed class UnitScopingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    private async Task SeedTrailAsync()
    {
        var trail = App.Services.GetRequiredService<AuditTrail>();
        await trail.RecordAsync(new AuditEvent("read", "Case", "utrecht-case", "handling"), new AuditActor("staff:u", "Intake", "midden-nederland", null));
        await trail.RecordAsync(new AuditEvent("read", "Case", "rotterdam-case", "handling"), new AuditActor("staff:r", "Intake", "rotterdam", null));
    }

    [Fact]
    public async Task Supervisor_sees_only_their_own_units_audit_entries()
    {
        await SeedTrailAsync();
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, "rotterdam");
        using var client = await App.SignInAsStaffAsync(supervisor);

        var page = await client.GetPageAsync("/medewerker/audit?Entity=Case");
        var text = page.QuerySelector("[data-testid=audit-table]")!.TextContent;
        Assert.Contains("rotterdam-case", text, StringComparison.Ordinal);
        Assert.DoesNotContain("utrecht-case", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_sees_every_unit_and_the_chain_status()
    {
        await SeedTrailAsync();
        var admin = await App.CreateStaffAsync(StaffRoles.Administrator, "landelijke-eenheid", national: true);
        using var client = await App.SignInAsStaffAsync(admin);
        var page = await client.GetPageAsync("/medewerker/audit?Entity=Case");
        var text = page.QuerySelector("[data-testid=audit-table]")!.TextContent;
        Assert.Contains("rotterdam-case", text, StringComparison.Ordinal);
        Assert.Contains("utrecht-case", text, StringComparison.Ordinal);
        Assert.Contains("intact", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_agent_cannot_open_the_audit_trail()
    {
        var agent = await App.CreateStaffAsync(StaffRoles.ServiceAgent);
        using var client = await App.SignInAsStaffAsync(agent);
        var response = await client.GetAsync("/medewerker/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Token_with_audit_scope_reads_own_unit_and_revoked_or_unscoped_tokens_are_refused()
    {
        await SeedTrailAsync();
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, "midden-nederland");
        NewToken scoped, unscoped;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<TokenService>();
            scoped = await tokens.CreateAsync(supervisor.Id, "BI", [ApiScopes.AuditRead], 30, default);
            unscoped = await tokens.CreateAsync(supervisor.Id, "Monitor", [ApiScopes.MonitorRead], 30, default);
        }
        using var api = App.CreateClient();

        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scoped.Secret);
        var page = await api.GetFromJsonAsync<AuditPage>("/api/v1/audit?entityType=Case");
        Assert.Contains(page!.Rows, r => r.EntityId == "utrecht-case");
        Assert.DoesNotContain(page.Rows, r => r.EntityId == "rotterdam-case");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/audit/verification")).StatusCode);

        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", unscoped.Secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/audit")).StatusCode);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<TokenService>().RevokeAsync(supervisor.Id, scoped.Id, default));
        }
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scoped.Secret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/audit")).StatusCode);

        api.DefaultRequestHeaders.Authorization = null;
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task Staff_member_creates_a_token_on_the_tokens_page_and_sees_it_once()
    {
        var analyst = await App.CreateStaffAsync(StaffRoles.Analyst);
        using var client = await App.SignInAsStaffAsync(analyst);
        var empty = await client.PostFormAsync("/medewerker/tokens", new Dictionary<string, string> { ["Name"] = "", ["Days"] = "30" });
        var errors = (await empty.ParseAsync()).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("naam", errors, StringComparison.Ordinal);

        var created = await client.PostFormAsync("/medewerker/tokens", new Dictionary<string, string> { ["Name"] = "Power BI", ["Scopes"] = ApiScopes.MonitorRead, ["Days"] = "30" });
        var secret = (await created.ParseAsync()).QuerySelector("[data-testid=new-token]")!.TextContent;
        Assert.StartsWith("vbd_", secret, StringComparison.Ordinal);
        var again = await client.GetPageAsync("/medewerker/tokens");
        Assert.DoesNotContain(secret, again.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Power BI", again.Body!.TextContent, StringComparison.Ordinal);
    }
}
