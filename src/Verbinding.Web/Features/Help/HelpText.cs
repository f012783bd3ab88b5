namespace Verbinding.Web.Features.Help;

/// <summary>Marker for this feature's strings: <c>HelpText.resx</c> (Dutch) and <c>HelpText.en.resx</c> (English).</summary>
public sealed class HelpText;
