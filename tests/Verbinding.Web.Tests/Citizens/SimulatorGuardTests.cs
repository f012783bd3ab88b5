using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Tests.Citizens;

/// <summary>The simulator hands out any identity to anyone: it must never be reachable in Production.</summary>
public sealed class SimulatorGuardTests
{
    [Fact]
    public void Simulator_refuses_to_start_in_production()
    {
        using var factory = ProductionApp(("CitizenIdentity:UseSimulator", "true"));

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("cannot run in Production", Flatten(error));
    }

    [Fact]
    public async Task Production_with_real_provider_serves_no_simulator_pages()
    {
        using var factory = ProductionApp(
            ("CitizenIdentity:Authority", "https://digid.example"),
            ("CitizenIdentity:ClientSecret", "from-a-vault"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/digid-sim/login", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/digid-sim/.well-known/openid-configuration", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/digid-sim/connect/authorize?client_id=verbinding-web", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public void Production_without_a_provider_address_refuses_to_start()
    {
        using var factory = ProductionApp();

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("CitizenIdentity:Authority", Flatten(error));
    }

    [Fact]
    public void Every_cookie_outside_a_developer_machine_is_https_only()
    {
        // An acceptance environment is reached over https like production; a cookie there must never travel in clear.
        using var factory = App("Acceptance",
            ("CitizenIdentity:Authority", "https://digid.example"),
            ("CitizenIdentity:ClientSecret", "from-a-vault"));
        var cookies = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();

        Assert.Equal(CookieSecurePolicy.Always, cookies.Get(IdentityConstants.ApplicationScheme).Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, cookies.Get(CitizenAuthentication.CookieScheme).Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
    }

    private static WebApplicationFactory<Program> ProductionApp(params (string Key, string Value)[] settings) =>
        App("Production", settings);

    private static WebApplicationFactory<Program> App(string environment, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Database:MigrateOnStartup", "true");
            // Everything else Production insists on (secrets from a vault, a mail relay, an SMS gateway, the public portal address).
            builder.UseSetting("Monitor:CitizenKeySecret", "a-production-secret-from-a-vault-0123456789");
            builder.UseSetting("Contacts:IdentityKeySecret", "another-production-secret-from-a-vault-0123456789");
            builder.UseSetting("Notifications:Smtp:Host", "smtp.politie.example");
            builder.UseSetting("Notifications:Smtp:FromAddress", "noreply@politie.example");
            builder.UseSetting("Notifications:PortalBaseUrl", "https://www.politie.example");
            builder.UseSetting("Notifications:Sms:BaseUrl", "https://api.notifynl.example");
            builder.UseSetting("Notifications:Sms:ApiKey", Notifications.FakeNotifyServer.ApiKey);
            builder.UseSetting("Notifications:Sms:TemplateId", Notifications.FakeNotifyServer.TemplateId);
            builder.UseSetting("ConnectionStrings:Verbinding", $"Data Source={Path.Combine(Path.GetTempPath(), $"verbinding-guard-{Guid.NewGuid():N}.db")}");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static string Flatten(Exception error) => error switch
    {
        AggregateException aggregate => string.Join(" | ", aggregate.InnerExceptions.Select(Flatten)),
        { InnerException: { } inner } => error.Message + " | " + Flatten(inner),
        _ => error.Message,
    };
}
