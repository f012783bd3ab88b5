namespace Verbinding.Web.Features.Organisation;

/// <summary>A police unit: one of the ten regional eenheden or the national Landelijke Eenheid.</summary>
public sealed class Eenheid
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public bool IsNational { get; set; }

    public List<string> Provinces { get; set; } = [];

    /// <summary>The unit's area is made of whole veiligheidsregio's (Politiewet 2012).</summary>
    public List<string> Veiligheidsregios { get; set; } = [];

    public string? Website { get; set; }
}
