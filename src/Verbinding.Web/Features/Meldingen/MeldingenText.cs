namespace Verbinding.Web.Features.Meldingen;

/// <summary>Marker for this feature's strings: <c>MeldingenText.resx</c> (Dutch) and <c>MeldingenText.en.resx</c> (English).</summary>
public sealed class MeldingenText;
