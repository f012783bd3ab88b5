namespace Verbinding.Web.Features.VictimRights;

/// <summary>Marker for the victims' rights texts (VictimRightsText.resx, Dutch; .en.resx, English).</summary>
public sealed class VictimRightsText;
