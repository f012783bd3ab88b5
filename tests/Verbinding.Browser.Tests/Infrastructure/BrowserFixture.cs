namespace Verbinding.Browser.Tests.Infrastructure;

/// <summary>
/// One app and one Chromium for all browser tests. We use the system Chromium and never download a
/// browser (no `playwright install`): without it the tests are skipped, or fail when CI demands them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string RequireServicesVariable = "VERBINDING_REQUIRE_SERVICES";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public VerbindingServer Server { get; } = new();

    public async ValueTask InitializeAsync()
    {
        // Playwright's assertions retry for 5 s by default; on a loaded 2-core CI machine a live message or a page after
        // a form post can take longer. They pass as soon as the condition holds, so a longer limit costs nothing when green.
        // Same limit as actions (30 s).
        Assertions.SetDefaultExpectTimeout(30_000);
        Server.Start();
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh context (no cookies) and page; Dutch browser locale unless told otherwise; <paramref name="server"/> if not the shared one.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "nl-NL", VerbindingServer? server = null)
    {
        if (_browser is null)
        {
            var message = $"Chromium not found at {ChromiumPath}. Install it with: apt-get install -y chromium";
            if (Environment.GetEnvironmentVariable(RequireServicesVariable) == "1")
            {
                Assert.Fail(message + $" ({RequireServicesVariable}=1, so browser tests must run).");
            }
            Assert.Skip(message);
        }
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = (server ?? Server).BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = locale,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
