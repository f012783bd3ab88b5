namespace Verbinding.Web.Features.Monitor;

/// <summary>Marker for the politiemonitor's strings: <c>MonitorText.resx</c> (Dutch) and <c>MonitorText.en.resx</c> (English).</summary>
public sealed class MonitorText;
