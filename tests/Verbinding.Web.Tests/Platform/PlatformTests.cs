using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

public sealed class PlatformTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    [Fact]
    public async Task Migrations_apply_cleanly_to_an_empty_database_and_leave_nothing_pending()
    {
        var pending = await App.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
        var applied = await App.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(applied);
        Assert.Equal(11, await App.WithDbAsync(db => db.Set<Eenheid>().CountAsync()));
        Assert.True(await App.WithDbAsync(db => db.Set<Municipality>().CountAsync()) >= 40);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        using var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_carry_security_headers_with_a_strict_csp()
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync("/medewerker/inloggen");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OpenApi_document_and_reference_ui_are_served()
    {
        using var client = App.CreateClient();
        var doc = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/audit", doc, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api-docs/")).StatusCode);
    }

    [Fact]
    public async Task Api_errors_are_problem_details()
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync("/api/v1/audit");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var missing = await client.GetAsync("/api/v1/does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Cli_db_migrate_is_idempotent_on_a_migrated_database()
    {
        var result = await CliRunner.RunAsync(App.Database, "db", "migrate");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Applied 0 migration(s)", result.Output, StringComparison.Ordinal);
    }
}
