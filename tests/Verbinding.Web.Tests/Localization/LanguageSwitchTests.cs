using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Tests.Localization;

public sealed class LanguageSwitchTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/hulp")]
    [InlineData("/hulp?x=1#partners")]
    public void Switch_returns_to_a_page_on_this_site(string returnUrl) =>
        Assert.Equal(returnUrl, LocalUrl.OrHome(returnUrl));

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    [InlineData(null)]
    public void Switch_never_sends_a_citizen_to_another_site(string? returnUrl) =>
        Assert.Equal("/", LocalUrl.OrHome(returnUrl));

    [Theory]
    [InlineData("en", "en-GB")]
    [InlineData("EN", "en-GB")]
    [InlineData("nl", "nl-NL")]
    [InlineData("nl-NL", "nl-NL")]
    public void Supported_languages_map_to_site_cultures(string requested, string expected) =>
        Assert.Equal(expected, SiteCultures.Normalize(requested));

    [Theory]
    [InlineData("de")]
    [InlineData("fr-FR")]
    [InlineData(null)]
    public void Unsupported_languages_are_ignored(string? requested) =>
        Assert.Null(SiteCultures.Normalize(requested));
}
