using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Verbinding.Web.Tests.Infrastructure;

/// <summary>Drives server-rendered forms like a browser without JavaScript: GET the page, POST with its antiforgery token.</summary>
public static class Forms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} -> {(int)response.StatusCode} {response.Headers.Location}");
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? formSelector = null)
    {
        var page = await client.GetPageAsync(url);
        var form = (IHtmlFormElement?)page.QuerySelector(formSelector ?? "main form[method=post]")
            ?? throw new InvalidOperationException($"No form on {url}");
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {url}");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
