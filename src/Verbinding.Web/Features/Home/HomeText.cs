namespace Verbinding.Web.Features.Home;

/// <summary>Marker for this feature's strings: <c>HomeText.resx</c> (Dutch) and <c>HomeText.en.resx</c> (English).</summary>
public sealed class HomeText;
