using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Aangifte;

/// <summary>An app of its own for the follow-up journey: e-mail goes to a real SMTP server in the test, the dispatcher runs.</summary>
public sealed class CaseJourneyServer : IAsyncLifetime
{
    public TestSmtpServer Smtp { get; private set; } = null!;

    public VerbindingServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = await TestSmtpServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:DispatcherEnabled"] = "true",
            ["Notifications:PollInterval"] = "00:00:00.200",
        };
        Smtp.Configure(settings);
        Server = new VerbindingServer(settings);
        Server.Start();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
