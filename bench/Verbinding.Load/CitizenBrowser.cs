using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Verbinding.Load;

/// <summary>A page as the browser received it: where it came from, the status, where it redirects to, the HTML.</summary>
public sealed record Page(Uri Uri, int Status, Uri? Location, string Html)
{
    public bool IsRedirect => Status is >= 300 and < 400 && Location is not null;
}

/// <summary>A posted form as a browser would send it again: the action and every field (antiforgery token included).</summary>
public sealed record FilledForm(Uri Action, bool Multipart, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public HttpRequestMessage ToRequest()
    {
        HttpContent content = Multipart ? Parts(Fields) : new FormUrlEncodedContent(Fields);
        return new HttpRequestMessage(HttpMethod.Post, Action) { Content = content };
    }

    private static MultipartFormDataContent Parts(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        return content;
    }
}

/// <summary>
/// One citizen's browser without JavaScript: its own cookie jar on a connection pool shared by all citizens (a
/// thousand handlers would open a thousand pools), redirects followed one hop at a time, forms filled from the page.
/// </summary>
public sealed class CitizenBrowser(HttpClient http)
{
    private readonly CookieContainer _cookies = new();

    public async Task<Page> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var uri = request.RequestUri!;
            var cookie = _cookies.GetCookieHeader(uri);
            if (cookie.Length > 0)
                request.Headers.Add("Cookie", cookie);
            using var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (var value in setCookies)
                    _cookies.SetCookies(uri, value);
            var location = response.Headers.Location is { } l ? new Uri(uri, l) : null;
            return new Page(uri, (int)response.StatusCode, location, await response.Content.ReadAsStringAsync());
        }
    }

    public Task<Page> GetAsync(Uri uri) => SendAsync(new HttpRequestMessage(HttpMethod.Get, uri));

    /// <summary>Follows redirects (as GETs, as browsers do after a POST) until a page answers.</summary>
    public async Task<Page> FollowAsync(Page page)
    {
        for (var hops = 0; page.IsRedirect && hops < 10; hops++)
            page = await GetAsync(page.Location!);
        return page;
    }

    public async Task<Page> BrowseAsync(Uri uri) => await FollowAsync(await GetAsync(uri));

    public Task<Page> SubmitAsync(Page page, string formSelector, IReadOnlyDictionary<string, string> answers) =>
        SendAsync(Fill(page, formSelector, answers).ToRequest());

    /// <summary>
    /// The form's hidden fields (the antiforgery token among them) plus the answers to the fields the form has, as
    /// a browser sends only what is on the page.
    /// </summary>
    public static FilledForm Fill(Page page, string formSelector, IReadOnlyDictionary<string, string> answers)
    {
        var form = new HtmlParser().ParseDocument(page.Html).QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"no form '{formSelector}' on {page.Uri.AbsolutePath} (HTTP {page.Status})");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
            fields[input.Name!] = input.Value;
        var names = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>().ToHashSet();
        foreach (var (name, value) in answers.Where(a => names.Contains(a.Key)))
            fields[name] = value;
        var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
        return new FilledForm(new Uri(page.Uri, form.GetAttribute("action") ?? ""), multipart, [.. fields]);
    }
}
