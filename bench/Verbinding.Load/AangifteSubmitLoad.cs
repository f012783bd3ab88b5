using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Verbinding.Load;

/// <summary>
/// Aangifte submissions as citizens' browsers make them. Not timed: each citizen signs in through the DigiD simulator
/// (OpenID Connect, cookies) and walks the bicycle-theft wizard to the review page. Then, after W untimed warm-up
/// submits, each citizen sends the review page's form once and follows the redirect to the receipt page; P at a time.
/// A submit counts only if the receipt page shows a receipt number no other submit got.
/// </summary>
public static partial class AangifteSubmitLoad
{
    /// <summary><paramref name="NodeCpu"/> and <paramref name="PostgresCpu"/>: CPU milliseconds per timed submit, when measured.</summary>
    public sealed record Result(Summary Summary, int Prepared, int SetupErrors, TimeSpan Setup, double? NodeCpu, double? PostgresCpu);

    /// <param name="nodePid">The node's process on this machine: its CPU and PostgreSQL's are measured over the timed submits.</param>
    public static async Task<Result> RunAsync(Uri baseAddress, int citizens, int warmup, int parallel, int? nodePid = null)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(parallel, 16), UseCookies = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var setup = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var failures = 0;
        var prepared = new ConcurrentDictionary<int, ReadyToSend>();
        // Setup at 16 at a time whatever P is: it is not measured, only waited for.
        await Parallel.ForEachAsync(Enumerable.Range(0, warmup + citizens), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, _) =>
        {
            try
            {
                prepared[n] = await PrepareAsync(new CitizenBrowser(http), baseAddress, n, today);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Net.CookieException)
            {
                if (Interlocked.Increment(ref failures) <= 3)
                    Console.Error.WriteLine($"citizen {n} could not reach the review page: {e.Message}");
            }
        });
        setup.Stop();
        var ready = prepared.OrderBy(p => p.Key).Select(p => p.Value).ToList();
        var warm = ready.Take(warmup).ToList();
        await SendAllAsync(warm, parallel, new Latencies(), receipts: null);
        var timed = ready.Skip(warm.Count).ToList();
        var latencies = new Latencies();
        var receipts = new ConcurrentDictionary<string, byte>();
        Console.Error.WriteLine($"aangiftes: timing {timed.Count} submits"); // a profiler can start here
        var (nodeBefore, postgresBefore) = (Cpu(nodePid), Verbinding.Cli.Demo.ProcessorTime.Postgres());
        var clock = Stopwatch.StartNew();
        await SendAllAsync(timed, parallel, latencies, receipts);
        var elapsed = clock.Elapsed;
        var (nodeAfter, postgresAfter) = (Cpu(nodePid), Verbinding.Cli.Demo.ProcessorTime.Postgres());
        double? PerSubmit(TimeSpan used) => nodePid is null || timed.Count == 0 ? null : used.TotalMilliseconds / timed.Count;
        return new Result(latencies.Summarise(elapsed), ready.Count, failures, setup.Elapsed,
            PerSubmit(nodeAfter - nodeBefore), PerSubmit(postgresAfter - postgresBefore));
    }

    private static TimeSpan Cpu(int? pid) => pid is { } p ? Verbinding.Cli.Demo.ProcessorTime.Of(p) : TimeSpan.Zero;

    /// <summary>A citizen on the review page: their browser and the send form as the page gave it.</summary>
    private sealed record ReadyToSend(CitizenBrowser Browser, FilledForm Send);

    private static async Task<ReadyToSend> PrepareAsync(CitizenBrowser browser, Uri site, int n, DateOnly today)
    {
        var login = await browser.BrowseAsync(new Uri(site, "/inloggen?returnUrl=%2Fmijn"));
        Expect(login, "/digid-sim/login");
        var answers = new Dictionary<string, string> { ["Bsn"] = BicycleTheft.Bsn(n), ["Name"] = BicycleTheft.Name(n) };
        Expect(await browser.FollowAsync(await browser.SubmitAsync(login, "form:not([action*='handler=Demo'])", answers)), "/mijn");
        var nieuw = await browser.BrowseAsync(new Uri(site, "/aangifte/nieuw?type=fietsendiefstal"));
        var page = await browser.FollowAsync(await browser.SubmitAsync(nieuw, "main form[method=post]", BicycleTheft.Eligibility));
        var wizard = BicycleTheft.Answers(n, today);
        wizard["nav"] = "next";
        for (var steps = 0; !page.Uri.AbsolutePath.EndsWith("/controleren", StringComparison.Ordinal); steps++)
        {
            if (steps == 12 || !page.Uri.AbsolutePath.Contains("/stap/", StringComparison.Ordinal))
                throw new InvalidOperationException($"the wizard stopped at {page.Uri.AbsolutePath} (HTTP {page.Status})");
            var posted = await browser.SubmitAsync(page, "main form[method=post]", wizard);
            if (!posted.IsRedirect)
                throw new InvalidOperationException($"step {page.Uri.AbsolutePath} refused the answers: {FormErrors(posted.Html)}");
            page = await browser.FollowAsync(posted);
        }
        if (page.Status != 200)
            throw new InvalidOperationException($"the review page answered HTTP {page.Status}");
        return new ReadyToSend(browser, CitizenBrowser.Fill(page, "main form[method=post]", new Dictionary<string, string>()));
    }

    private static async Task SendAllAsync(List<ReadyToSend> citizens, int parallel, Latencies latencies, ConcurrentDictionary<string, byte>? receipts)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < citizens.Count; i = Interlocked.Increment(ref next))
            {
                var clock = Stopwatch.StartNew();
                var receipt = await SendAsync(citizens[i]);
                // A receipt number seen twice means two citizens got one aangifte: the second is no submission.
                if (receipt is not null && (receipts is null || receipts.TryAdd(receipt, 0)))
                    latencies.Add(clock.Elapsed);
                else
                    latencies.Error();
            }
        }));
    }

    /// <summary>POST the send form, follow the redirect to the receipt page; the receipt number on it, or null.</summary>
    private static async Task<string?> SendAsync(ReadyToSend citizen)
    {
        try
        {
            var sent = await citizen.Browser.SendAsync(citizen.Send.ToRequest());
            if (!sent.IsRedirect || !sent.Location!.AbsolutePath.StartsWith("/aangifte/ontvangen/", StringComparison.Ordinal))
                return null;
            var receipt = await citizen.Browser.GetAsync(sent.Location);
            return receipt.Status == 200 && ReceiptNumber().Match(receipt.Html) is { Success: true } m ? m.Groups[1].Value : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static void Expect(Page page, string path)
    {
        if (page.Status != 200 || page.Uri.AbsolutePath != path)
            throw new InvalidOperationException($"expected {path}, got HTTP {page.Status} at {page.Uri.AbsolutePath}");
    }

    private static string FormErrors(string html) =>
        string.Join(" | ", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()));

    [GeneratedRegex(@"data-testid=""receipt-number"">(ONL-\d{8}-[A-Z2-9]{6})<")]
    private static partial Regex ReceiptNumber();
}
