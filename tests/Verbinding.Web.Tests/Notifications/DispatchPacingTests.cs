using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Notifications;

/// <summary>Queued messages give way to citizens' requests on a busy node, for a bounded time.</summary>
public sealed class DispatchPacingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_quiet_node_sends_at_once()
    {
        var pacing = new DispatchPacing(busyAbovePerSecond: 100, TimeSpan.FromMinutes(2));
        Assert.False(pacing.ShouldWait(0, T0));
        Assert.False(pacing.ShouldWait(40, T0.AddSeconds(1))); // 40 requests a second
        Assert.False(pacing.ShouldWait(80, T0.AddSeconds(2)));
    }

    [Fact]
    public void A_busy_node_waits_until_the_requests_stop()
    {
        var pacing = new DispatchPacing(busyAbovePerSecond: 100, TimeSpan.FromMinutes(2));
        pacing.ShouldWait(0, T0);
        Assert.True(pacing.ShouldWait(500, T0.AddSeconds(1)));
        Assert.True(pacing.ShouldWait(510, T0.AddSeconds(1.5))); // within the window the last verdict holds
        Assert.True(pacing.ShouldWait(1000, T0.AddSeconds(2)));
        Assert.False(pacing.ShouldWait(1010, T0.AddSeconds(3)));
    }

    [Fact]
    public void A_node_busy_for_longer_than_the_maximum_deferral_sends_anyway()
    {
        var pacing = new DispatchPacing(busyAbovePerSecond: 100, TimeSpan.FromSeconds(30));
        pacing.ShouldWait(0, T0);
        var waited = Enumerable.Range(1, 60).Select(s => pacing.ShouldWait(s * 500L, T0.AddSeconds(s))).ToList();
        Assert.All(waited.Take(29), Assert.True);
        Assert.All(waited.Skip(29), Assert.False); // busy since T0: from T0+30 s on the messages go out
    }

    [Fact]
    public void Zero_switches_waiting_off()
    {
        var pacing = new DispatchPacing(busyAbovePerSecond: 0, TimeSpan.FromMinutes(2));
        pacing.ShouldWait(0, T0);
        Assert.False(pacing.ShouldWait(100_000, T0.AddSeconds(1)));
    }

    [Fact]
    public async Task The_receipt_e_mail_waits_while_the_node_is_busy_and_goes_out_when_it_is_quiet()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await StartPacedNodeAsync(smtp, maxDeferral: "00:01:00");
        using var busy = new CancellationTokenSource();
        var load = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => KeepBusyAsync(app, busy.Token)));
        // The dispatcher loop starts some time after the host (a background service) and needs a full measuring window
        // of steady requests: on a loaded machine a fixed pause could end before it has seen the node busy.
        await WaitUntilDeferringAsync(app);

        Assert.True(await app.EnqueueAsync(NotificationsApp.AangifteReceipt("000777", "drukte@example.nl")));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "drukte@example.nl"));

        await busy.CancelAsync();
        await load;
        var mail = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "drukte@example.nl"));
        Assert.Contains("AG-2026-000777", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_that_stays_busy_sends_after_the_maximum_deferral()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await StartPacedNodeAsync(smtp, maxDeferral: "00:00:03");
        using var busy = new CancellationTokenSource();
        var load = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => KeepBusyAsync(app, busy.Token)));
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.True(await app.EnqueueAsync(NotificationsApp.AangifteReceipt("000778", "blijftdruk@example.nl")));
            var mail = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "blijftdruk@example.nl"));
            Assert.False(load.IsCompleted); // it went out while the requests went on
            Assert.Contains("AG-2026-000778", mail.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            await busy.CancelAsync();
            await load;
        }
    }

    /// <summary>A node whose dispatcher runs (polling every 100 ms) and counts 20 requests a second as busy.</summary>
    private static Task<VerbindingApplication> StartPacedNodeAsync(TestSmtpServer smtp, string maxDeferral) => VerbindingApplication.StartAsync(s =>
    {
        smtp.Configure(s);
        s["Notifications:DispatcherEnabled"] = "true";
        s["Notifications:PollInterval"] = "00:00:00.100";
        s["Notifications:YieldAboveRequestsPerSecond"] = "20";
        s["Notifications:MaxDeferral"] = maxDeferral;
    });

    private static async Task WaitUntilDeferringAsync(VerbindingApplication app)
    {
        var service = app.Services.GetServices<IHostedService>().OfType<NotificationDispatcherService>().Single();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!service.Deferring)
        {
            Assert.True(DateTime.UtcNow < deadline, "the dispatcher never found the node busy");
            await Task.Delay(50);
        }
    }

    /// <summary>Requests one after the other (a trivial page) until cancelled: four of these make tens a second.</summary>
    private static async Task KeepBusyAsync(VerbindingApplication app, CancellationToken ct)
    {
        using var client = app.CreateClient();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var _ = await client.GetAsync(new Uri("/health/live", UriKind.Relative), ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
