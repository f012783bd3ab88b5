using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Citizens;

namespace Verbinding.Web.Tests.Conversations;

/// <summary>"Mijn contact" over real HTTP with a DigiD (simulator) sign-in.</summary>
public sealed class MyContactTests(CitizenApp app) : IClassFixture<CitizenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A random BSN that passes the elfproef, so tests do not share a timeline.</summary>
    private static string NewBsn()
    {
        while (true)
        {
            var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sum = digits.Select((d, i) => (d - '0') * (9 - i)).Sum();
            if (sum % 11 < 10)
                return digits + (sum % 11);
        }
    }

    private async Task LogCallAsync(string bsn)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var staff = new StaffActor("staff-test", "Test Agent", new StaffScope("staff-test", "midden-nederland", false), false);
        await scope.ServiceProvider.GetRequiredService<ContactLog>().LogAsync(
            new ContactLogInput(ContactChannels.Phone, "status-aangifte", "Vroeg naar de stand van zaken van de aangifte.", Outcomes.Answered, null, null, bsn),
            staff, Ct);
    }

    private static async Task<List<(string Channel, string? Transcript)>> EntriesAsync(HttpResponseMessage page)
    {
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Ct));
        return [.. document.QuerySelectorAll("[data-testid=timeline] > li")
            .Select(li => (li.GetAttribute("data-channel")!, li.QuerySelector("a[download]")?.GetAttribute("href")))];
    }

    [Fact]
    public async Task Signed_in_citizen_sees_own_chat_and_logged_call_and_downloads_the_transcript()
    {
        var bsn = NewBsn();
        using var browser = await app.SignInAsCitizenAsync(bsn);
        var chat = await browser.GetAsync("/chat");
        await browser.SubmitFormAsync(chat, "form[action*='handler=Start']", new());
        await LogCallAsync(bsn);

        var entries = await EntriesAsync(await browser.GetAsync("/mijn/contact"));

        Assert.Equal(["telefoon", "web"], entries.Select(e => e.Channel));
        var download = await browser.GetAsync(entries[1].Transcript!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/plain", download.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Wout: ", await download.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citizen_cannot_download_my_transcript()
    {
        var bsn = NewBsn();
        using var me = await app.SignInAsCitizenAsync(bsn);
        await me.SubmitFormAsync(await me.GetAsync("/chat"), "form[action*='handler=Start']", new());
        var transcript = (await EntriesAsync(await me.GetAsync("/mijn/contact"))).Single().Transcript!;
        using var other = await app.SignInAsCitizenAsync(NewBsn());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(transcript)).StatusCode);
        Assert.Empty(await EntriesAsync(await other.GetAsync("/mijn/contact")));
    }

    [Fact]
    public async Task Visitor_without_DigiD_is_sent_to_sign_in()
    {
        using var anonymous = app.CreateBrowser();
        var response = await anonymous.GetAsync("/mijn/contact");

        Assert.True(Browser.IsRedirect(response));
        Assert.Contains("/inloggen", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
