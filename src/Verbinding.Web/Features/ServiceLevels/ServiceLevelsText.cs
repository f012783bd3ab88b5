namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>Marker for the service-level report texts (ServiceLevelsText.resx, Dutch; .en.resx, English).</summary>
public sealed class ServiceLevelsText;
