using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Infrastructure;

/// <summary>
/// An app of its own for a journey that ends in an e-mail: mail goes to a real SMTP server in the test and the
/// notification dispatcher runs, polling often. A journey adds its own settings (e.g. a scheduler) in a subclass;
/// each subclass is its own class fixture, so journeys do not share an app or a mailbox.
/// </summary>
public abstract class MailingServer : IAsyncLifetime
{
    public TestSmtpServer Smtp { get; private set; } = null!;

    public VerbindingServer Server { get; private set; } = null!;

    /// <summary>Settings this journey needs on top of mail and the dispatcher.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    public async ValueTask InitializeAsync()
    {
        Smtp = await TestSmtpServer.StartAsync();
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["Notifications:DispatcherEnabled"] = "true",
            ["Notifications:PollInterval"] = "00:00:00.200",
            // Mail at once however busy the test keeps the server; DispatchPacingTests covers the waiting.
            ["Notifications:YieldAboveRequestsPerSecond"] = "0",
        };
        Smtp.Configure(settings);
        Server = new VerbindingServer(settings);
        Server.Start();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
