namespace Verbinding.Web.Features.Aangifte;

/// <summary>Marker for AangifteText.resx (Dutch, B1) and AangifteText.en.resx.</summary>
public sealed class AangifteText;
