using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Verbinding.Web.Features.Staff;

/// <summary>Puts the unit and scope into the staff cookie so unit scoping needs no extra query per request.</summary>
internal sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.Eenheid, user.EenheidId));
        identity.AddClaim(new Claim(StaffClaims.ActorId, "staff:" + user.Id));
        identity.AddClaim(new Claim("name", user.DisplayName));
        if (user.NationalScope)
        {
            identity.AddClaim(new Claim(StaffClaims.National, "true"));
        }
        return identity;
    }
}
