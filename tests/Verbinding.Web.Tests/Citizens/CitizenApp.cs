using Verbinding.Web.Tests.Infrastructure;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Verbinding.Web.Tests.Citizens;

/// <summary>
/// The web app on a real socket (127.0.0.1, random port): the OIDC handler fetches the simulator's discovery
/// document and redeems codes over real HTTP, exactly as it will against DigiD.
/// </summary>
public sealed class CitizenApp : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"verbinding-citizens-{Guid.NewGuid():N}.db");

    public CitizenApp()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    /// <summary>Every log message the app wrote, to check that personal data stays out of them.</summary>
    private readonly CollectingLoggerProvider _logs = new();

    public IEnumerable<string> LogMessages => _logs.Entries.Select(e => e.Text);

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Browser CreateBrowser() => new(BaseAddress);

    public async Task<Browser> SignInAsCitizenAsync(string bsn = "999990019", string name = "Jan Jansen")
    {
        var browser = CreateBrowser();
        await browser.SignInWithSimulatorAsync(bsn, name);
        return browser;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Data-protection keys (and so the OIDC correlation cookies) live in the database: migrate it as in production.
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("ConnectionStrings:Verbinding", $"Data Source={_databasePath}");
        builder.ConfigureLogging(logging => logging
            .AddProvider(_logs)
            .AddFilter<CollectingLoggerProvider>(level => level >= LogLevel.Information)
            .AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }
}
