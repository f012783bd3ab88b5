namespace Verbinding.Web.Features.Cases;

/// <summary>Marker for the case texts (CasesText.resx, .en.resx): staff case pages, the public /zaak page, "Mijn zaken".</summary>
public sealed class CasesText;
