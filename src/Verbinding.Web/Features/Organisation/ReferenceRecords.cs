namespace Verbinding.Web.Features.Organisation;

// The shapes of the files in reference/ (camelCase JSON). Entities are built from these by the seeder.

public sealed record EenheidRecord(
    string Id, string Name, bool National, IReadOnlyList<string> Provinces, IReadOnlyList<string> Veiligheidsregios, string? Website);

public sealed record MunicipalityRecord(
    string Code, string Name, string Province, string Veiligheidsregio, string Eenheid, string Basisteam,
    IReadOnlyList<string>? Aliases = null);

public sealed record BasisteamRecord(string Id, string Name, string Eenheid, IReadOnlyList<string> Municipalities, bool Demo);

public sealed record AddressRecord(string Street, string HouseNumber, string Postcode, string City);

public sealed record OpeningHoursRecord(string? Mon, string? Tue, string? Wed, string? Thu, string? Fri, string? Sat, string? Sun)
{
    public IEnumerable<(string Day, string? Hours)> Days() =>
        [("mon", Mon), ("tue", Tue), ("wed", Wed), ("thu", Thu), ("fri", Fri), ("sat", Sat), ("sun", Sun)];
}

public sealed record BureauRecord(
    string Id, string Name, string Basisteam, AddressRecord Address, OpeningHoursRecord OpeningHours, bool AppointmentOnly, bool Demo);

internal sealed record EenhedenFile(string Version, IReadOnlyList<EenheidRecord> Eenheden);

internal sealed record MunicipalitiesFile(string Version, IReadOnlyList<MunicipalityRecord> Municipalities);

internal sealed record BasisteamsFile(string Version, IReadOnlyList<BasisteamRecord> Basisteams);

internal sealed record BureausFile(string Version, IReadOnlyList<BureauRecord> Bureaus);
