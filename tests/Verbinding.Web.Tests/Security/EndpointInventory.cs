using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// One request shape the application answers: a method on a route, for pages with the handler name
/// (<c>?handler=Create</c>). <see cref="Key"/> ("POST /medewerker/tokens?handler=Create") is how the access table names it.
/// </summary>
public sealed record EndpointShape(
    string Method, string Pattern, string? Handler, bool IsPage, bool AllowsAnonymous,
    IReadOnlyList<string> Policies, IReadOnlyList<string> Roles, IReadOnlyList<string> FormFields)
{
    public string Key => $"{Method} {Pattern}{(Handler is null ? "" : "?handler=" + Handler)}";

    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public override string ToString() => Key;
}

/// <summary>
/// Reads every route endpoint of a started application from <see cref="EndpointDataSource"/>: minimal APIs with their
/// methods, Razor Pages expanded to one shape per handler method, and hub endpoints. Nothing is listed by hand,
/// so a new endpoint shows up here (and then in the access matrix and the fuzzer) without anyone remembering it.
/// </summary>
public static class EndpointInventory
{
    public static IReadOnlyList<EndpointShape> Read(IServiceProvider services)
    {
        var shapes = new List<EndpointShape>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var policies = authorize.Select(a => a.Policy).OfType<string>().Distinct().ToList();
            var roles = authorize.SelectMany(a => (a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
            {
                var bound = BoundNames(page.BoundProperties.Select(p => (p.Name, p.BindingInfo)));
                shapes.AddRange(page.HandlerMethods.Select(h => new EndpointShape(
                    h.HttpMethod.ToUpperInvariant(), pattern, h.Name, true, anonymous, policies, roles,
                    h.HttpMethod.Equals("Post", StringComparison.OrdinalIgnoreCase)
                        ? [.. bound, .. BoundNames(h.Parameters.Select(p => (p.Name, p.BindingInfo)))]
                        : [])));
                if (page.HandlerMethods.Count == 0)
                {
                    shapes.Add(new EndpointShape("GET", pattern, null, true, anonymous, policies, roles, []));
                }
                continue;
            }
            // No method metadata (hubs, health, metrics) means every method is accepted: GET and POST stand for them.
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            shapes.AddRange(methods.Where(m => m != "OPTIONS").Select(m => new EndpointShape(m, pattern, null, false, anonymous, policies, roles, [])));
        }
        return [.. shapes.DistinctBy(s => s.Key).OrderBy(s => s.Pattern, StringComparer.Ordinal).ThenBy(s => s.Method, StringComparer.Ordinal)];
    }

    /// <summary>Form field names a page binds on POST: its [BindProperty] properties and the handler's parameters.</summary>
    private static IEnumerable<string> BoundNames(IEnumerable<(string Name, BindingInfo? Binding)> items) =>
        items.Where(i => i.Binding?.BindingSource is null || i.Binding.BindingSource == BindingSource.Form || i.Binding.BindingSource == BindingSource.ModelBinding)
            .Select(i => i.Binding?.BinderModelName ?? i.Name)
            .Where(n => n is not ("ct" or "cancellationToken"));
}
