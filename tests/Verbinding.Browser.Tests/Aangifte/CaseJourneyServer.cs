using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Aangifte;

/// <summary>An app of its own for the follow-up journey: e-mail goes to a real SMTP server in the test, the dispatcher runs.</summary>
public sealed class CaseJourneyServer : MailingServer;
