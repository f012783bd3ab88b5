using System.Security.Claims;

namespace Verbinding.Web.Features.TriagePolicies;

internal static class PolicyActors
{
    /// <summary>The signed-in administrator: the Identity user id decides "a different administrator", the name is shown.</summary>
    public static PolicyActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Staff user without id."),
        user.Identity?.Name ?? "?");
}
