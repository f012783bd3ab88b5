namespace Verbinding.Browser.Tests;

/// <summary>
/// Every page a citizen can open without signing in. Accessibility runs on each, in both languages.
/// <see cref="Accessibility.PublicPageListTests"/> fails when a new anonymous page is missing here.
/// </summary>
public static class PublicPages
{
    public static readonly IReadOnlyList<string> All =
    [
        "/",
        "/hulp",
        "/privacy",
        "/toegankelijkheid",
    ];

    public static readonly IReadOnlyList<string> Languages = ["nl", "en"];
}
