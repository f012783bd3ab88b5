using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Tests.Citizens;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>The wizard end to end over real HTTP with the simulated DigiD, and what it does with bad input.</summary>
public sealed class WizardTests(CitizenApp app) : IClassFixture<CitizenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Citizen_files_a_bicycle_theft_and_gets_a_receipt_number_at_once()
    {
        using var browser = await app.SignInAsCitizenAsync();
        var first = await browser.StartAsync("fietsendiefstal");
        Assert.Contains("Stap 1 van 7", await (await browser.GetAsync(first)).HtmlAsync());

        var review = await browser.FillAsync(first, AangifteFlow.BicycleSteps);
        var reviewHtml = await (await browser.GetAsync(review)).HtmlAsync();
        Assert.Contains("Gazelle", reviewHtml);
        Assert.Contains("Elektrische fiets (e-bike)", reviewHtml);

        var sent = await browser.SendAsync(review);
        Assert.True(Browser.IsRedirect(sent));
        var receipt = await (await browser.GetAsync(sent.Headers.Location!.OriginalString)).HtmlAsync();
        Assert.Matches(@"ONL-\d{8}-[A-Z2-9]{6}", receipt);

        var stored = await WithDb(db => db.Set<SubmittedAangifte>().Include(a => a.Items).SingleAsync(a => a.ReceiptNumber == Receipt(receipt), Ct));
        Assert.Equal("midden-nederland", stored.EenheidId);
        Assert.Equal("Jan Jansen", stored.CitizenName);
        Assert.Equal(2499.00m, stored.Items.Single().Value);
        Assert.True(stored.Rights.KeepInformed);
        Assert.False(stored.Rights.ShareWithSlachtofferhulp);
        Assert.DoesNotContain(app.LogMessages, m => m.Contains("999990019", StringComparison.Ordinal));

        var mine = await (await browser.GetAsync("/mijn/zaken")).HtmlAsync();
        Assert.Contains(Receipt(receipt), mine);
    }

    [Fact]
    public async Task Replayed_submission_gives_the_same_single_aangifte()
    {
        using var browser = await app.SignInAsCitizenAsync("999991772", "Fatima El Amrani");
        var review = await browser.FillAsync(await browser.StartAsync("fietsendiefstal"), AangifteFlow.BicycleSteps);
        var page = await browser.GetAsync(review);
        var html = await page.HtmlAsync();

        var firstPost = await browser.SubmitFormAsync(page, "main form[method=post]", []);
        var replay = await browser.SubmitFormAsync(new HttpResponseMessage { Content = new StringContent(html), RequestMessage = page.RequestMessage }, "main form[method=post]", []);

        Assert.Equal(firstPost.Headers.Location, replay.Headers.Location);
        var draftId = Guid.Parse(review.Split('/')[2]);
        Assert.Equal(1, await WithDb(db => db.Set<SubmittedAangifte>().CountAsync(a => a.DraftId == draftId, Ct)));
    }

    [Fact]
    public async Task Invalid_input_keeps_everything_typed_and_says_what_is_wrong()
    {
        using var browser = await app.SignInAsCitizenAsync("999993653", "Sanne de Vries");
        var first = await browser.StartAsync("fietsendiefstal");
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd");

        var response = await browser.PostStepAsync(first, new() { ["date"] = future, ["time"] = "25:99" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AangifteFlow.Errors(response);
        Assert.Contains("in de toekomst", errors);
        Assert.Contains("uu:mm", errors);
        var again = new HtmlParser().ParseDocument(await (await browser.GetAsync(first)).HtmlAsync());
        Assert.Equal(future, again.QuerySelector("#f-date")!.GetAttribute("value"));
        Assert.Equal("25:99", again.QuerySelector("#f-time")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Bad_postcode_frame_number_tampered_choice_overlong_and_control_characters_are_each_explained()
    {
        using var browser = await app.SignInAsCitizenAsync("999990032", "Kees Bakker");
        var first = await browser.StartAsync("fietsendiefstal");
        var second = (await browser.PostStepAsync(first, AangifteFlow.BicycleSteps[0])).Headers.Location!.OriginalString;

        var place = await AangifteFlow.Errors(await browser.PostStepAsync(second, new() { ["municipality"] = "Utrecht", ["postcode"] = "0000 XX", ["street"] = "Straat\u0007" }));
        Assert.Contains("4 cijfers en 2 letters", place);
        Assert.Contains("tekens in die niet kunnen", place);

        var third = (await browser.PostStepAsync(second, AangifteFlow.BicycleSteps[1])).Headers.Location!.OriginalString;
        var items = await AangifteFlow.Errors(await browser.PostStepAsync(third, new()
        {
            ["items.0.kind"] = "tank", ["items.0.brand"] = new string('B', 61), ["items.0.frameNumber"] = "<script>", ["CompletedSteps"] = "6",
        }));
        Assert.Contains("Soort: kies een van de mogelijkheden", items);
        Assert.Contains("maximaal 60 tekens", items);
        Assert.Contains("framenummer", items);

        // The tampered "CompletedSteps" field was ignored: the review page still sends back to the first open step.
        var review = await browser.GetAsync(third.Replace("stap/3", "controleren"));
        Assert.EndsWith("/stap/3", review.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Steps_cannot_be_skipped()
    {
        using var browser = await app.SignInAsCitizenAsync();
        var first = await browser.StartAsync("fietsendiefstal");

        var skip = await browser.GetAsync(first.Replace("stap/1", "stap/5"));

        Assert.Equal(HttpStatusCode.Redirect, skip.StatusCode);
        Assert.EndsWith("/stap/1", skip.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Back_keeps_the_answers_without_checking_them()
    {
        using var browser = await app.SignInAsCitizenAsync();
        var first = await browser.StartAsync("fietsendiefstal");
        var second = (await browser.PostStepAsync(first, AangifteFlow.BicycleSteps[0])).Headers.Location!.OriginalString;

        var back = await browser.PostStepAsync(second, new() { ["municipality"] = "Atlantis" }, nav: "back");

        Assert.EndsWith("/stap/1", back.Headers.Location!.OriginalString);
        var page = new HtmlParser().ParseDocument(await (await browser.GetAsync(second)).HtmlAsync());
        Assert.Equal("Atlantis", page.QuerySelector("#f-municipality")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Another_citizens_draft_is_not_found()
    {
        using var owner = await app.SignInAsCitizenAsync("999991772", "Fatima El Amrani");
        var first = await owner.StartAsync("fietsendiefstal");
        using var other = await app.SignInAsCitizenAsync("999990032", "Kees Bakker");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(first.Replace("stap/1", "controleren"))).StatusCode);
    }

    [Fact]
    public async Task Script_in_the_description_is_shown_as_text()
    {
        using var browser = await app.SignInAsCitizenAsync();
        var steps = AangifteFlow.BicycleSteps.Select(s => new Dictionary<string, string>(s)).ToArray();
        steps[3]["description"] = "<script>alert('x')</script> gestolen";
        var review = await browser.FillAsync(await browser.StartAsync("fietsendiefstal"), steps);

        var html = await (await browser.GetAsync(review)).HtmlAsync();

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert", html);
    }

    [Fact]
    public async Task Known_suspect_is_turned_to_an_appointment_before_any_form()
    {
        using var browser = app.CreateBrowser();
        var page = await browser.BrowseAsync("/aangifte/nieuw?type=fietsendiefstal");

        var answer = await browser.SubmitFormAsync(page, "main form[method=post]", new() { ["Answers[suspectKnown]"] = "ja", ["Answers[happeningNow]"] = "nee" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.HtmlAsync();
        Assert.Contains("data-intervention=\"aangifte-afspraak\"", html);
        Assert.Contains("href=\"/afspraak\"", html);
        Assert.Contains("Omdat u weet wie het heeft gedaan", html);
    }

    [Fact]
    public async Task Registered_aangifte_gives_a_pdf_and_verifies_without_personal_data()
    {
        using var browser = await app.SignInAsCitizenAsync();
        var sent = await browser.SendAsync(await browser.FillAsync(await browser.StartAsync("fietsendiefstal"), AangifteFlow.BicycleSteps));
        var id = Guid.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/mijn/zaken/{id}/bewijs.pdf")).StatusCode);

        var approved = await Approve(id);

        var pdf = await browser.GetAsync($"/mijn/zaken/{id}/bewijs.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var api = await browser.GetAsync($"/api/v1/verify/{approved.RegistrationNumber}?code={approved.VerificationCode}");
        var json = await api.HtmlAsync();
        Assert.Contains("\"valid\":true", json);
        Assert.Contains("\"type\":\"fietsendiefstal\"", json);
        Assert.DoesNotContain("Jansen", json);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/verify/{approved.RegistrationNumber}?code=AAAA-BBBB")).StatusCode);
        Assert.Contains("data-valid=\"true\"", await (await browser.GetAsync($"/verify?nummer={approved.RegistrationNumber}&code={approved.VerificationCode!.ToLowerInvariant()}")).HtmlAsync());
    }

    private async Task<SubmittedAangifte> Approve(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IntakeService>().ApproveAsync(new StaffScope("test", null, true), id, Ct))!;
    }

    private static string Receipt(string html) => System.Text.RegularExpressions.Regex.Match(html, @"ONL-\d{8}-[A-Z2-9]{6}").Value;

    private async Task<T> WithDb<T>(Func<VerbindingDbContext, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<VerbindingDbContext>());
    }
}
