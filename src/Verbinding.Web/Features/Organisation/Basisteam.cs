namespace Verbinding.Web.Features.Organisation;

/// <summary>A basisteam: the local team that runs the bureaus and the wijkagenten for a set of municipalities.</summary>
public sealed class Basisteam
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string EenheidId { get; set; }

    /// <summary>True for invented demo records; never show these to citizens as real.</summary>
    public bool IsDemo { get; set; }
}
