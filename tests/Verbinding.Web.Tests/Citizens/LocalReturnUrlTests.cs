using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Tests.Citizens;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/mijn")]
    [InlineData("/mijn?tab=zaken")]
    [InlineData("/")]
    public void Local_path_is_kept(string url) => Assert.Equal(url, LocalReturnUrl.OrDefault(url));

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mijn")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_goes_to_mijn(string? url) => Assert.Equal("/mijn", LocalReturnUrl.OrDefault(url));
}
