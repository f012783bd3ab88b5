namespace Verbinding.Web.Features.Shared;

/// <summary>Marker for the layout's strings: <c>SharedText.resx</c> (Dutch) and <c>SharedText.en.resx</c>.</summary>
public sealed class SharedText;
