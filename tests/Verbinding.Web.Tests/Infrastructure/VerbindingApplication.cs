using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Tests.Infrastructure;

/// <summary>
/// The whole application on a real database (SQLite or PostgreSQL), migrated as in production,
/// with intent methods that speak the domain.
/// </summary>
public sealed class VerbindingApplication : WebApplicationFactory<Program>
{
    public const string StaffPassword = "Test-password-2026!";

    private readonly Dictionary<string, string?> _settings = new();

    private readonly bool _ownsDatabase;

    private readonly bool _kestrel;

    private Action<IServiceCollection>? _services;

    private VerbindingApplication(TestDatabase database, bool ownsDatabase, bool kestrel)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        _kestrel = kestrel;
        if (kestrel)
        {
            UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        }
    }

    public TestDatabase Database { get; }

    /// <param name="kestrel">
    /// Listen on a real socket (127.0.0.1, random port) instead of the in-memory test server: needed where the app calls
    /// itself over HTTP, as the DigiD sign-in does. Clients from <see cref="CreateBrowserClient"/> then use that socket.
    /// </param>
    /// <param name="services">Replaces services after the app's own registrations, e.g. a <c>FakeTimeProvider</c>.</param>
    public static async Task<VerbindingApplication> StartAsync(
        Action<Dictionary<string, string?>>? configure = null, TestDatabase? database = null, bool kestrel = false,
        Action<IServiceCollection>? services = null)
    {
        var app = new VerbindingApplication(database ?? await TestDatabase.CreateAsync(), ownsDatabase: database is null, kestrel);
        configure?.Invoke(app._settings);
        app._services = services;
        if (kestrel)
        {
            app.StartServer();
        }
        _ = app.Services; // builds the host: migrations and seeding run now
        return app;
    }

    /// <summary>The socket address when started with <c>kestrel: true</c>.</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Verbinding", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Staff:RequireTwoFactor", "true");
        builder.UseSetting("RateLimits:login", "1000");
        if (!_kestrel)
        {
            // In-memory test server: the simulated DigiD is addressed by the test host name.
            builder.UseSetting("CitizenIdentity:Authority", "http://localhost/");
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public HttpClient CreateBrowserClient() => _kestrel
        ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = ServerAddress,
        }
        : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<StaffUser> CreateStaffAsync(string role, string eenheid = "midden-nederland", bool national = false, string? email = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        email ??= $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@test.politie.local";
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}", EenheidId = eenheid, NationalScope = national };
        Check(await users.CreateAsync(user, StaffPassword));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    public async Task<T> WithDbAsync<T>(Func<VerbindingDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<VerbindingDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
