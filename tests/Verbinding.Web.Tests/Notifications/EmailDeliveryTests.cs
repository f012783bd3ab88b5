using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Notifications;

public sealed class EmailDeliveryTests
{
    [Fact]
    public async Task Aangifte_receipt_arrives_in_Dutch_with_the_number_and_a_portal_link_and_nothing_else()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        Assert.True(await app.EnqueueAsync(NotificationsApp.AangifteReceipt("000123", "jan.jansen@example.nl")));

        var stored = await app.NotificationAsync("aangifte-receipt:000123");
        Assert.DoesNotContain("jan.jansen", stored.ProtectedRecipient, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(new DispatchResult(1, 1, 0, 0), await app.DispatchAsync());
        var mail = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "jan.jansen@example.nl"));
        Assert.Equal("Wij hebben uw aangifte ontvangen", mail.Subject);
        Assert.Equal("noreply@politie.nl", mail.From.Mailboxes.Single().Address);
        Assert.Equal("nl", mail.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("AG-2026-000123", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://verbinding.test/mijn/aangiftes/000123", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("van de politie", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("nooit om uw wachtwoord", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Dit is een automatisch bericht.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://verbinding.test/mijn/aangiftes/000123\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("jan.jansen", mail.TextBody, StringComparison.OrdinalIgnoreCase);

        var sent = await app.NotificationAsync("aangifte-receipt:000123");
        Assert.Equal(NotificationStatus.Sent, sent.Status);
        Assert.Null(sent.ProtectedRecipient); // the address is erased once it is no longer needed
    }

    [Fact]
    public async Task Melding_feedback_in_English_links_to_the_English_tracking_page()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        await app.EnqueueAsync(new NotificationRequest("melding-feedback:M-77", NotificationChannel.Email, "visitor@example.com", "en",
            NotificationTemplateIds.MeldingTerugkoppeling, new Dictionary<string, string> { ["reference"] = "M-2026-77", ["link"] = "/melding/volgen/abc123" }));

        await app.DispatchAsync();
        var mail = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "visitor@example.com"));
        Assert.Equal("News about your report M-2026-77", mail.Subject);
        Assert.Contains("https://verbinding.test/melding/volgen/abc123?culture=en", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("This is an automated message.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("never ask for your password", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Dit is een automatisch bericht", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueueing_the_same_key_twice_sends_one_email()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        Assert.True(await app.EnqueueAsync(NotificationsApp.AangifteReceipt("42")));
        Assert.False(await app.EnqueueAsync(NotificationsApp.AangifteReceipt("42")));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Twice within one unit of work, before anything is saved, counts too.
            var outbox = scope.ServiceProvider.GetRequiredService<INotificationOutbox>();
            Assert.True(await outbox.EnqueueAsync(NotificationsApp.AangifteReceipt("43")));
            Assert.False(await outbox.EnqueueAsync(NotificationsApp.AangifteReceipt("43")));
            await scope.ServiceProvider.GetRequiredService<Verbinding.Web.Infrastructure.Data.VerbindingDbContext>().SaveChangesAsync();
        }

        Assert.Equal(2, (await app.DispatchAsync()).Sent);
        await smtp.WaitForMessageAsync(m => (m.TextBody ?? "").Contains("AG-2026-43", StringComparison.Ordinal));
        Assert.Equal(0, (await app.DispatchAsync()).Claimed);
        Assert.Single(smtp.Messages, m => (m.TextBody ?? "").Contains("AG-2026-42", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notification_is_stored_only_when_the_callers_business_change_is_saved()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<INotificationOutbox>().EnqueueAsync(NotificationsApp.AangifteReceipt("rolled-back"));
            // no SaveChanges: the business transaction did not happen
        }
        Assert.False(await app.WithDbAsync(db => db.Set<OutboxNotification>().AnyAsync(n => n.IdempotencyKey == "aangifte-receipt:rolled-back")));
    }

    [Theory]
    [InlineData("receiptNumber", "Jan Jansen, Dorpsstraat 1")]
    [InlineData("receiptNumber", "jan@example.nl")]
    [InlineData("link", "https://evil.example/?email=jan@example.nl")]
    [InlineData("link", "javascript:alert(1)")]
    public async Task Personal_details_or_free_text_in_the_model_are_refused(string placeholder, string value)
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        var model = new Dictionary<string, string> { ["receiptNumber"] = "AG-1", ["link"] = "/mijn/aangiftes/1", [placeholder] = value };
        var request = NotificationsApp.AangifteReceipt("refused") with { Model = model };
        await Assert.ThrowsAsync<ArgumentException>(() => app.EnqueueAsync(request));
        var extra = NotificationsApp.AangifteReceipt("extra") with { Model = new Dictionary<string, string>(model) { ["name"] = "Jan" } };
        await Assert.ThrowsAsync<ArgumentException>(() => app.EnqueueAsync(extra));
    }

    [Fact]
    public async Task Without_an_smtp_host_development_writes_eml_files_a_newcomer_can_open()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"verbinding-mail-{Guid.NewGuid():N}");
        try
        {
            await using var app = await VerbindingApplication.StartAsync(s => s["Notifications:PickupDirectory"] = directory);
            await app.EnqueueAsync(NotificationsApp.AangifteReceipt("eml"));
            Assert.Equal(1, (await app.DispatchAsync()).Sent);
            var file = Assert.Single(Directory.GetFiles(directory, "*.eml"));
            using var message = await MimeMessage.LoadAsync(file);
            Assert.Equal("Wij hebben uw aangifte ontvangen", message.Subject);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_case_access_code_is_delivered_and_then_erased_from_the_outbox()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        var key = "zaak-toegang:" + Guid.NewGuid();
        await app.EnqueueAsync(new NotificationRequest(key, NotificationChannel.Email, "burger@example.nl", "nl", NotificationTemplateIds.ZaakToegang,
            new Dictionary<string, string> { ["caseNumber"] = "ZK-2026-000042", ["code"] = "K7QM-3XTA-9PWR", [NotificationTemplateIds.Link] = "/zaak" }));

        await app.DispatchAsync();

        var mail = await smtp.WaitForMessageAsync(m => m.TextBody?.Contains("ZK-2026-000042", StringComparison.Ordinal) == true);
        Assert.Contains("K7QM-3XTA-9PWR", mail.TextBody!, StringComparison.Ordinal);
        var row = await app.NotificationAsync(key);
        Assert.Equal(NotificationStatus.Sent, row.Status);
        Assert.DoesNotContain("K7QM", row.ModelJson, StringComparison.Ordinal);
    }
}
