namespace Verbinding.Web.Features.Organisation;

/// <summary>A police bureau (station) where citizens can go, run by one basisteam.</summary>
public sealed class Bureau
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string BasisteamId { get; set; }

    public required BureauAddress Address { get; set; }

    public required OpeningHours OpeningHours { get; set; }

    /// <summary>Visitors are only helped with an appointment (planned by the RSC).</summary>
    public bool AppointmentOnly { get; set; }

    public bool IsDemo { get; set; }
}

public sealed class BureauAddress
{
    public required string Street { get; set; }

    public required string HouseNumber { get; set; }

    /// <summary>Dutch format "1234 AB".</summary>
    public required string Postcode { get; set; }

    public required string City { get; set; }
}
