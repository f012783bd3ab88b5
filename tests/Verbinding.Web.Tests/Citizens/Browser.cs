using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Verbinding.Web.Tests.Citizens;

/// <summary>A minimal browser: keeps cookies, follows redirects step by step, fills in and submits forms.</summary>
public sealed class Browser : IDisposable
{
    private readonly HttpClient _http;

    public Browser(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url, Ct);

    /// <summary>A bare POST, as a forged cross-site form would send it: no antiforgery token.</summary>
    public Task<HttpResponseMessage> PostAsync(string url) => _http.PostAsync(url, new FormUrlEncodedContent([]), Ct);

    /// <summary>GET and follow redirects (GET only) until a page answers; returns that final response.</summary>
    public async Task<HttpResponseMessage> BrowseAsync(string url)
    {
        var response = await _http.GetAsync(url, Ct);
        for (var hops = 0; IsRedirect(response) && hops < 10; hops++)
        {
            response = await _http.GetAsync(response.Headers.Location, Ct);
        }
        return response;
    }

    /// <summary>From "/inloggen" to the simulator's login page.</summary>
    public async Task<HttpResponseMessage> StartSignInAsync(string returnUrl)
    {
        var page = await BrowseAsync($"/inloggen?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal("/digid-sim/login", page.RequestMessage!.RequestUri!.AbsolutePath);
        return page;
    }

    /// <summary>After the simulator login: follow the redirects up to the app's DigiD callback and return its answer.</summary>
    public async Task<HttpResponseMessage> CompleteSignInAsync(HttpResponseMessage afterLogin)
    {
        var response = afterLogin;
        for (var hops = 0; hops < 10 && response.RequestMessage!.RequestUri!.AbsolutePath != "/signin-digid"; hops++)
        {
            Assert.True(IsRedirect(response), $"Expected a redirect towards the callback, got {(int)response.StatusCode} from {response.RequestMessage.RequestUri}.");
            response = await _http.GetAsync(response.Headers.Location, Ct);
        }
        return response;
    }

    /// <summary>The whole simulated DigiD login as a citizen: start, the simulator's form, the redirects; returns the callback's answer.</summary>
    public async Task<HttpResponseMessage> SignInWithSimulatorAsync(string bsn, string name, string returnUrl = "/mijn")
    {
        var login = await StartSignInAsync(returnUrl);
        var callback = await SubmitFormAsync(login, "form:not([action*='handler=Demo'])", new() { ["Bsn"] = bsn, ["Name"] = name });
        return await CompleteSignInAsync(callback);
    }

    public async Task<HttpResponseMessage> SubmitFormAsync(HttpResponseMessage page, string formSelector, Dictionary<string, string> fields)
    {
        var html = await page.Content.ReadAsStringAsync(Ct);
        var form = new HtmlParser().ParseDocument(html).QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.RequestMessage?.RequestUri}:\n{html}");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is "hidden" or "text")
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        var action = new Uri(page.RequestMessage!.RequestUri!, form.GetAttribute("action") ?? "");
        return await _http.PostAsync(action, new FormUrlEncodedContent(values), Ct);
    }

    public static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400;

    public void Dispose() => _http.Dispose();
}
