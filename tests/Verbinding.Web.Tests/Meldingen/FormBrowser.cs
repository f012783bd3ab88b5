using AngleSharp.Html.Dom;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Meldingen;

/// <summary>Submits a server-rendered form as a browser without JavaScript does: every field as it is, plus what the user changed.</summary>
public static class FormBrowser
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string url, IHtmlDocument page, IDictionary<string, string> changes, string button = "next")
    {
        var form = (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox", IsChecked: false }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type != "submit":
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }
        foreach (var (name, value) in changes)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        values.Add(new("Go", button));
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static async Task<IHtmlDocument> StepAsync(this HttpClient client, string url, IHtmlDocument page, IDictionary<string, string> changes, string button = "next")
    {
        var response = await client.SubmitAsync(url, page, changes, button);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        return await response.ParseAsync();
    }
}
