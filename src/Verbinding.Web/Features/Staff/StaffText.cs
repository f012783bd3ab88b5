namespace Verbinding.Web.Features.Staff;

/// <summary>Marker for the staff pages' strings (StaffText.resx Dutch, StaffText.en.resx English).</summary>
public sealed class StaffText;
