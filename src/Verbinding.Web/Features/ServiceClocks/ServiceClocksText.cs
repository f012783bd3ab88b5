namespace Verbinding.Web.Features.ServiceClocks;

/// <summary>Marker for the service-clock texts (ServiceClocksText.resx, Dutch; .en.resx, English).</summary>
public sealed class ServiceClocksText;
