namespace Verbinding.Web.Features.Privacy;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Show colleagues' names in "who looked at my data". Off: role and unit only (the default).</summary>
    public bool ShowStaffNames { get; set; }
}
