using System.Security.Claims;

namespace Verbinding.Web.Features.Staff;

/// <summary>The unit scope of the signed-in staff member: which eenheden' data they may see.</summary>
public sealed record StaffScope(string UserId, string? EenheidId, bool IsNational)
{
    public bool CanAccess(string? eenheidId) => IsNational || (eenheidId is not null && eenheidId == EenheidId);

    public static StaffScope From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(StaffClaims.Eenheid),
        user.IsInRole(StaffRoles.Administrator) || user.HasClaim(StaffClaims.National, "true"));
}
