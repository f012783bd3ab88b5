using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Monitor;

/// <summary>
/// An app of its own for the survey journey: e-mail goes to a real SMTP server in the test, the notification
/// dispatcher and the invitation scheduler run as in production, and handled aangiftes are invited at once.
/// </summary>
public sealed class SurveyJourneyServer : MailingServer
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Monitor:SchedulerEnabled", "true"),
        new("Monitor:SchedulerInterval", "00:00:01"),
        new("Monitor:Triggers:Aangifte:Delay", "00:00:00"),
        new("Monitor:Triggers:Aangifte:SamplingRate", "1"),
    ];
}
