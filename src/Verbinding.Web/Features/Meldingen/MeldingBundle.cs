namespace Verbinding.Web.Features.Meldingen;

/// <summary>
/// Meldingen of one category about the same address (or, without a house number, the same street) that arrived
/// within the bundling window. The team acts once for the whole bundle and every reporter hears the outcome.
/// </summary>
public sealed class MeldingBundle
{
    public long Id { get; set; }

    /// <summary>Normalised location key, see <see cref="BundleKeys"/>; null for a melding with only a place description.</summary>
    public string? LocationKey { get; set; }

    /// <summary>The location as staff read it ("Hoofdstraat 12, Utrecht"); no name of any person.</summary>
    public required string Label { get; set; }

    public required string CategoryId { get; set; }

    public required string EenheidId { get; set; }

    public required string BasisteamId { get; set; }

    public DateTimeOffset FirstAt { get; set; }

    public DateTimeOffset LastAt { get; set; }

    public int Count { get; set; }

    public List<Melding> Meldingen { get; set; } = [];
}
