using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Parser;
using Verbinding.Cluster.Tests.Infrastructure;
using Verbinding.Web.Tests.Aangifte;
using Verbinding.Web.Tests.Citizens;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Cluster.Tests;

/// <summary>
/// SIGKILL while citizens file aangiftes through the wizard and the node is sending their receipt e-mails: a draft
/// half filled in is still there on the next node, every submission is stored once, and every receipt e-mail goes
/// out. The outbox delivers at least once with a stable Message-Id per notification; a second delivery can only
/// happen for a message the SMTP server had accepted in the few milliseconds before the kill, at most one batch.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AangifteCrashTests(ClusterFixture cluster)
{
    private const int BatchSize = 2;

    [Fact]
    public async Task Drafts_submissions_and_receipt_emails_survive_a_SIGKILL()
    {
        cluster.Require();
        var run = Guid.NewGuid().ToString("N")[..8];
        // A database of its own: the fixture's nodes A and B would otherwise dispatch these e-mails too (to their pickup folder).
        await using var database = new ClusterDatabase();
        await using var smtp = await TestSmtpServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:DispatcherEnabled"] = "true",
            ["Notifications:PollInterval"] = "00:00:00.200",
            // The burst must not make the victim hold its mail back: this test is about crashes, not pacing.
            ["Notifications:YieldAboveRequestsPerSecond"] = "0",
            ["Notifications:LeaseDuration"] = "00:00:05",
            ["Notifications:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        smtp.Configure(settings);
        await using var victim = new ClusterNode("aangifte-victim", database.ConnectionString(), cluster.Redis, settings);
        await victim.StartAsync();

        // One citizen is halfway: three of seven steps saved when the node dies.
        var halfway = await SignInAsync(victim.BaseAddress);
        var halfwayEmail = $"crash-{run}-halfway@example.nl";
        var next = await halfway.StartAsync("fietsendiefstal");
        foreach (var step in AangifteFlow.BicycleSteps.Take(3))
            next = (await halfway.PostStepAsync(next, step)).Headers.Location!.OriginalString;

        // Four others file complete aangiftes, each with its own e-mail address, until the kill.
        var filing = new ConcurrentDictionary<string, (Browser Browser, string Review)>();
        var acknowledged = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var workers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async w => (Browser: await SignInAsync(victim.BaseAddress), Worker: w)));
        var running = workers.Select(x => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var email = $"crash-{run}-{x.Worker}-{i}@example.nl";
                try
                {
                    var review = await x.Browser.FillAsync(await x.Browser.StartAsync("fietsendiefstal"), StepsFor(email));
                    filing[email] = (x.Browser, review);
                    if (Browser.IsRedirect(await x.Browser.SendAsync(review)))
                        acknowledged.Add(email);
                }
                catch (Exception) when (stop.IsCancellationRequested || !victim.IsRunning)
                {
                    return;
                }
                catch (HttpRequestException)
                {
                    return;
                }
            }
        })).ToArray();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (acknowledged.Count < 6 || smtp.Messages.Count < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the burst did not get going: {acknowledged.Count} filed, {smtp.Messages.Count} e-mails");
            await Task.Delay(20);
        }
        victim.Kill();
        await stop.CancelAsync();
        await Task.WhenAll(running);

        await using var restarted = new ClusterNode("aangifte-restarted", database.ConnectionString(), cluster.Redis, settings);
        await restarted.StartAsync();

        // The half-filled draft is there, with what was typed, and can be finished on the other node.
        Assert.EndsWith("/stap/4", next, StringComparison.Ordinal);
        using var resumed = MoveTo(halfway, restarted.BaseAddress);
        var itemsStep = await (await resumed.GetAsync(next.Replace("/stap/4", "/stap/3", StringComparison.Ordinal))).HtmlAsync();
        Assert.Contains("GZ123456789", itemsStep, StringComparison.Ordinal);
        var review = await resumed.FillAsync(next, StepsFor(halfwayEmail).Skip(3));
        Assert.True(Browser.IsRedirect(await resumed.SendAsync(review)));

        // Whoever did not get an answer sends the same review page again, as a citizen pressing the button again would.
        foreach (var (email, (browser, reviewUrl)) in filing.Where(f => !acknowledged.Contains(f.Key)))
        {
            using var again = MoveTo(browser, restarted.BaseAddress);
            var page = await again.GetAsync(reviewUrl);
            if (Browser.IsRedirect(page))
                continue; // stored before the kill: the review page now sends the citizen to the receipt
            var answer = await again.SubmitFormAsync(page, "main form[method=post]", []);
            Assert.True(Browser.IsRedirect(answer), $"{email}: {(int)answer.StatusCode}");
        }

        var expected = filing.Keys.Append(halfwayEmail).ToList();
        var waitUntil = DateTime.UtcNow.AddSeconds(60);
        List<string> missing;
        // Receipts only: an aangifte's case also mails its access code to the same address.
        IEnumerable<MimeKit.MimeMessage> Receipts() => smtp.Messages.Where(m => m.Subject?.Contains("aangifte ontvangen", StringComparison.Ordinal) == true);
        while ((missing = expected.Where(e => !Receipts().Any(m => m.To.Mailboxes.Any(b => b.Address == e))).ToList()).Count > 0 && DateTime.UtcNow < waitUntil)
            await Task.Delay(200);
        Assert.True(missing.Count == 0, $"no receipt for {string.Join(", ", missing)}; acknowledged: {string.Join(", ", acknowledged)}; " +
            $"received: {string.Join(", ", smtp.Messages.SelectMany(m => m.To.Mailboxes).Select(b => b.Address))}");

        var received = Receipts().Where(m => m.To.Mailboxes.Any(b => b.Address.StartsWith($"crash-{run}-", StringComparison.Ordinal))).ToList();
        foreach (var email in expected)
        {
            var mine = received.Where(m => m.To.Mailboxes.Any(b => b.Address == email)).ToList();
            // One notification per aangifte (one Message-Id), whatever was retried.
            Assert.Single(mine.Select(m => m.MessageId).Distinct());
        }
        Assert.True(received.Count - expected.Count <= BatchSize, $"{received.Count - expected.Count} repeated deliveries");
    }

    private static IEnumerable<Dictionary<string, string>> StepsFor(string email) =>
        AangifteFlow.BicycleSteps.Select(step => step.ContainsKey("email") ? new Dictionary<string, string>(step) { ["email"] = email } : step);

    private static async Task<Browser> SignInAsync(Uri node)
    {
        var browser = new Browser(node);
        await browser.SignInWithSimulatorAsync("999990019", "Jan Jansen");
        return browser;
    }

    /// <summary>The same browser (its cookies) talking to another node: the keys that protect the cookies are shared.</summary>
    private static Browser MoveTo(Browser browser, Uri node)
    {
        var moved = new Browser(node);
        foreach (Cookie cookie in browser.Cookies.GetAllCookies())
            moved.Cookies.Add(cookie);
        return moved;
    }
}
