using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Monitor;

/// <summary>
/// An app of its own for the survey journey: e-mail goes to a real SMTP server in the test, the notification
/// dispatcher and the invitation scheduler run as in production, and handled aangiftes are invited at once.
/// </summary>
public sealed class SurveyJourneyServer : IAsyncLifetime
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
            ["Monitor:SchedulerEnabled"] = "true",
            ["Monitor:SchedulerInterval"] = "00:00:01",
            ["Monitor:Triggers:Aangifte:Delay"] = "00:00:00",
            ["Monitor:Triggers:Aangifte:SamplingRate"] = "1",
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
