namespace Verbinding.Web.Features.Privacy;

/// <summary>Marker for this feature's strings: <c>PrivacyText.resx</c> (Dutch) and <c>PrivacyText.en.resx</c> (English).</summary>
public sealed class PrivacyText;
