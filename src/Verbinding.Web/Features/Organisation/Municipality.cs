namespace Verbinding.Web.Features.Organisation;

/// <summary>A Dutch gemeente, keyed by its CBS code (GM0344), with the eenheid and basisteam that serve it.</summary>
public sealed class Municipality
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower case, without diacritics or punctuation; see <see cref="MunicipalityNames.Normalize"/>.</summary>
    public required string NormalizedName { get; set; }

    public required string Province { get; set; }

    public required string Veiligheidsregio { get; set; }

    public required string EenheidId { get; set; }

    public required string BasisteamId { get; set; }
}
