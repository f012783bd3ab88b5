using System.Net;
using AngleSharp.Html.Parser;
using Verbinding.Web.Tests.Citizens;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>Files an aangifte through the real pages as a browser without JavaScript would.</summary>
public static class AangifteFlow
{
    public static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");

    public static readonly Dictionary<string, string>[] BicycleSteps =
    [
        new() { ["date"] = Yesterday, ["time"] = "08:15" },
        new() { ["municipality"] = "Utrecht", ["street"] = "Stationsplein", ["postcode"] = "3511 CE", ["houseNumber"] = "10" },
        new() { ["items.0.kind"] = "e-bike", ["items.0.brand"] = "Gazelle", ["items.0.model"] = "Ultimate C8", ["items.0.colour"] = "zwart", ["items.0.frameNumber"] = "GZ123456789", ["items.0.value"] = "2.499,00" },
        new() { ["description"] = "Mijn e-bike stond op slot bij het station. Toen ik terugkwam was hij weg." },
        new(), // bijlagen: optional, skipped
        new() { ["keepInformed"] = "ja", ["compensation"] = "ja", ["slachtofferhulp"] = "nee" },
        new() { ["contactPreference"] = "email", ["email"] = "jan@example.nl" },
    ];

    /// <summary>Answers the eligibility questions ("nee" to all, age 30) and returns the first step's URL.</summary>
    public static async Task<string> StartAsync(this Browser browser, string type, Dictionary<string, string>? answers = null)
    {
        var page = await browser.BrowseAsync($"/aangifte/nieuw?type={type}");
        var fields = new Dictionary<string, string>
        {
            ["Answers[happeningNow]"] = "nee", ["Answers[danger]"] = "nee", ["Answers[suspectKnown]"] = "nee", ["Answers[violence]"] = "nee",
            ["Answers[inHome]"] = "nee", ["Answers[tracesOrCamera]"] = "nee", ["Answers[policeAttended]"] = "nee", ["Answers[idDocumentStolen]"] = "nee",
            ["Answers[sellerResponds]"] = "nee", ["Answers[vulnerable]"] = "nee", ["Age"] = "30",
        };
        foreach (var (k, v) in answers ?? [])
        {
            fields[k] = v;
        }
        var posted = await browser.SubmitFormAsync(page, "main form[method=post]", fields);
        Assert.True(Browser.IsRedirect(posted), $"Eligibility did not redirect: {(int)posted.StatusCode}");
        var draft = await browser.BrowseAsync(posted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        return draft.RequestMessage!.RequestUri!.AbsolutePath;
    }

    public static async Task<HttpResponseMessage> PostStepAsync(this Browser browser, string stepUrl, Dictionary<string, string> fields, string nav = "next")
    {
        var page = await browser.GetAsync(stepUrl);
        return await browser.SubmitFormAsync(page, "main form[method=post]", new Dictionary<string, string>(fields) { ["nav"] = nav });
    }

    /// <summary>Walks all steps; returns the review page URL.</summary>
    public static async Task<string> FillAsync(this Browser browser, string firstStep, IEnumerable<Dictionary<string, string>> steps)
    {
        var url = firstStep;
        foreach (var step in steps)
        {
            var response = await browser.PostStepAsync(url, step);
            Assert.True(Browser.IsRedirect(response), $"Step {url} was refused: {await Errors(response)}");
            url = response.Headers.Location!.OriginalString;
        }
        Assert.EndsWith("/controleren", url);
        return url;
    }

    public static async Task<HttpResponseMessage> SendAsync(this Browser browser, string reviewUrl) =>
        await browser.SubmitFormAsync(await browser.GetAsync(reviewUrl), "main form[method=post]", []);

    public static async Task<string> Errors(HttpResponseMessage response)
    {
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return string.Join(" | ", doc.QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()));
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}
