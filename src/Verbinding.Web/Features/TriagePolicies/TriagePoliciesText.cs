namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>Marker for this feature's strings: <c>TriagePoliciesText.resx</c> (Dutch) and <c>TriagePoliciesText.en.resx</c> (English).</summary>
public sealed class TriagePoliciesText;
