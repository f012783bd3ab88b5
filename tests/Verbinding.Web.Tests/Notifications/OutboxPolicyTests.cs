using MailKit.Net.Smtp;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Tests.Notifications;

public sealed class OutboxPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retries_wait_1_2_4_8_minutes_and_stop_after_the_maximum()
    {
        var policy = new RetryPolicy(MaxAttempts: 5, BaseDelay: TimeSpan.FromMinutes(1));
        Assert.Equal([1, 2, 4, 8], Enumerable.Range(1, 4).Select(n => (policy.NextAttempt(n, Now)!.Value - Now).TotalMinutes));
        Assert.Null(policy.NextAttempt(5, Now));
    }

    [Fact]
    public void A_mail_server_reply_quoting_the_address_is_stored_without_it()
    {
        var error = NotificationErrors.Describe(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable,
            "5.1.1 <jan.jansen@example.nl>: Recipient address rejected, call +31612345678"));
        Assert.StartsWith("SMTP 550 RecipientNotAccepted", error, StringComparison.Ordinal);
        Assert.DoesNotContain("jan.jansen", error, StringComparison.Ordinal);
        Assert.DoesNotContain("612345678", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_to_start_without_an_smtp_host_or_an_sms_gateway_or_with_a_local_portal_address()
    {
        var production = new NotificationOptionsValidator(new Environment(Environments.Production));
        var unset = production.Validate(null, new NotificationOptions());
        Assert.True(unset.Failed);
        Assert.Contains("Notifications:Smtp:Host", unset.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("PortalBaseUrl", unset.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Notifications:Sms", unset.FailureMessage, StringComparison.Ordinal);

        var configured = new NotificationOptions
        {
            PortalBaseUrl = "https://mijn.politie.nl", Smtp = { Host = "smtp.politie.nl" },
            Sms = { BaseUrl = "https://api.notify.example", ApiKey = FakeNotifyServer.ApiKey, TemplateId = FakeNotifyServer.TemplateId },
        };
        Assert.True(production.Validate(null, configured).Succeeded);
        Assert.True(new NotificationOptionsValidator(new Environment(Environments.Development)).Validate(null, new NotificationOptions()).Succeeded);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Verbinding.Web";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
