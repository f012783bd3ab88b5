namespace Verbinding.Web.Features.Staff;

public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Require TOTP two-factor sign-in. Always true outside Development, whatever is configured.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>Minutes of inactivity after which a staff session ends.</summary>
    public int SessionMinutes { get; set; } = 30;
}
