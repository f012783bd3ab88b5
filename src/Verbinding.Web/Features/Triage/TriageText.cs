namespace Verbinding.Web.Features.Triage;

/// <summary>Marker for this feature's strings: <c>TriageText.resx</c> (Dutch) and <c>TriageText.en.resx</c> (English).</summary>
public sealed class TriageText;
