using System.Net.Http.Headers;
using Verbinding.Web.Tests.Citizens;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// The application on a real socket (the DigiD sign-in calls the app over HTTP) with one signed-in client per
/// <see cref="Principal"/> and citizen A's / unit X's records seeded.
/// </summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];

    public VerbindingApplication App { get; private set; } = null!;

    public SeededRecords Records { get; private set; } = null!;

    public IReadOnlyList<EndpointShape> Endpoints { get; private set; } = [];

    public Dictionary<Principal, HttpClient> Clients { get; } = [];

    /// <summary>An antiforgery request token per principal, taken from a public form in that principal's session.</summary>
    public Dictionary<Principal, string> FormTokens { get; } = [];

    /// <summary>
    /// A citizen's token for pages behind the citizen policy. Public pages run as anonymous (the default scheme is
    /// staff's) and citizen pages as the citizen; the token is bound to that user, so it comes from a citizen page, as in the browser.
    /// </summary>
    public Dictionary<Principal, string> CitizenFormTokens { get; } = [];

    public async ValueTask InitializeAsync()
    {
        App = await VerbindingApplication.StartAsync(HighRateLimits, kestrel: true);
        Endpoints = EndpointInventory.Read(App.Services);
        var staff = new Dictionary<Principal, Features.Staff.StaffUser>();
        foreach (var principal in Principals.All.Where(p => p.IsStaffSession()))
        {
            var (role, unit, national) = principal.Staff()!.Value;
            staff[principal] = await App.CreateStaffAsync(role, unit, national);
            Clients[principal] = Own(await App.SignInAsStaffAsync(staff[principal]));
        }
        Records = await SeededRecords.CreateAsync(App, staff[Principal.SupervisorX].Id);
        Clients[Principal.Anonymous] = Own(App.CreateBrowserClient());
        Clients[Principal.CitizenA] = await CitizenAsync("999990019", "Anna Aalders");
        Clients[Principal.CitizenB] = await CitizenAsync("999990020", "Bram Bakker");
        Clients[Principal.TokenWithScope] = Bearer(Records.TokenWithScope);
        Clients[Principal.TokenWithoutScope] = Bearer(Records.TokenWithoutScope);
        foreach (var (principal, client) in Clients)
        {
            FormTokens[principal] = await FormTokenAsync(client);
        }
        foreach (var principal in Principals.All.Where(p => p.IsCitizen()))
        {
            CitizenFormTokens[principal] = await FormTokenAsync(Clients[principal], "/mijn");
        }
    }

    public static void HighRateLimits(Dictionary<string, string?> settings)
    {
        foreach (var policy in new[] { "login", "api", "verify", "submit" })
        {
            settings[$"RateLimits:{policy}"] = "1000000";
        }
        // The WhatsApp webhook and simulator answer only when the channel is on.
        settings["Channels:WhatsApp:Enabled"] = "true";
    }

    public static async Task<string> FormTokenAsync(HttpClient client, string path = "/wat-kan-ik-doen")
    {
        var page = await client.GetPageAsync(path);
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private async Task<HttpClient> CitizenAsync(string bsn, string name)
    {
        using var browser = new Browser(App.ServerAddress);
        var done = await browser.SignInWithSimulatorAsync(bsn, name);
        Assert.True(Browser.IsRedirect(done), $"DigiD sign-in ended with {(int)done.StatusCode}");
        return Own(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = browser.Cookies }) { BaseAddress = App.ServerAddress });
    }

    private HttpClient Bearer(string secret)
    {
        var client = Own(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = App.ServerAddress });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private HttpClient Own(HttpClient client)
    {
        _owned.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        _owned.ForEach(c => c.Dispose());
        await App.DisposeAsync();
    }
}
