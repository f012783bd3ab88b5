using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Meldingen;

public sealed class MeldingenOptions
{
    public const string Section = "Meldingen";

    /// <summary>Meldingen of one category about one address or street within this many days form one bundle.</summary>
    [Range(1, 365)]
    public int BundleWindowDays { get; set; } = 30;

    /// <summary>How long a repeated submit (same request id) still receives the tracking code of the first.</summary>
    [Range(1, 168)]
    public int ReplayHours { get; set; } = 24;

    [Range(5, 200)]
    public int QueuePageSize { get; set; } = 25;

    /// <summary>Base of links in messages to reporters, e.g. https://www.politie.nl; empty: the address of the request.</summary>
    public string? PublicBaseUrl { get; set; }
}
