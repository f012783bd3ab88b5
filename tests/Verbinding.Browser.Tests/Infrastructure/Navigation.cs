namespace Verbinding.Browser.Tests.Infrastructure;

public static class Navigation
{
    /// <summary>
    /// Waits for the page the test expects next. When it does not come, the failure says where the browser is and what
    /// that page says (an error page, a form error, a 429), instead of only "Timeout 30000ms exceeded".
    /// </summary>
    public static async Task ExpectPageAsync(this IPage page, string urlGlob)
    {
        try
        {
            await page.WaitForURLAsync(urlGlob);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Expected {urlGlob}, but the browser is on {page.Url}: {await ShownTextAsync(page)}", e);
        }
    }

    private static async Task<string> ShownTextAsync(IPage page)
    {
        try
        {
            var words = (await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 })).Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            var text = string.Join(' ', words);
            return text.Length > 600 ? text[..600] + "..." : text;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return "(the page could not be read)";
        }
    }
}
