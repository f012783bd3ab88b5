using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class PublicPageListTests(BrowserFixture browser)
{
    /// <summary>A new page open to everyone must be checked for accessibility too, so it must be listed.</summary>
    [Fact]
    public void Every_page_open_without_signing_in_is_in_the_public_page_list()
    {
        var anonymousPages = browser.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null || e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Where(e => e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText?.Trim('/'))
            .Distinct()
            .Order();

        Assert.Empty(anonymousPages.Except(PublicPages.All).Except(PublicPages.NotStandalone.Keys));
    }
}
