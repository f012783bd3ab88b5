namespace Verbinding.Web.Features.Accessibility;

/// <summary>Marker for this feature's strings: <c>AccessibilityText.resx</c> (Dutch) and <c>AccessibilityText.en.resx</c> (English).</summary>
public sealed class AccessibilityText;
