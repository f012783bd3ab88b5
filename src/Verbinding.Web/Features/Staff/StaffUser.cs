using Microsoft.AspNetCore.Identity;

namespace Verbinding.Web.Features.Staff;

/// <summary>A police staff member. Every account belongs to exactly one eenheid (unit).</summary>
public sealed class StaffUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public required string EenheidId { get; set; }

    /// <summary>National roles see every unit's data; everyone else only their own eenheid.</summary>
    public bool NationalScope { get; set; }
}
