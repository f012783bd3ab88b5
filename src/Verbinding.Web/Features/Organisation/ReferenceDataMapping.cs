namespace Verbinding.Web.Features.Organisation;

/// <summary>Record-to-entity mapping for the seeder; <c>Apply</c> overwrites every field so changed files win.</summary>
internal static class ReferenceDataMapping
{
    public static Eenheid ToEntity(EenheidRecord r) => Apply(new Eenheid { Id = r.Id, Name = r.Name }, r);

    public static Eenheid Apply(Eenheid e, EenheidRecord r)
    {
        e.Name = r.Name;
        e.IsNational = r.National;
        e.Provinces = [.. r.Provinces];
        e.Veiligheidsregios = [.. r.Veiligheidsregios];
        e.Website = r.Website;
        return e;
    }

    public static Basisteam ToEntity(BasisteamRecord r) => Apply(new Basisteam { Id = r.Id, Name = r.Name, EenheidId = r.Eenheid }, r);

    public static Basisteam Apply(Basisteam b, BasisteamRecord r)
    {
        b.Name = r.Name;
        b.EenheidId = r.Eenheid;
        b.IsDemo = r.Demo;
        return b;
    }

    public static Municipality ToEntity(MunicipalityRecord r) => Apply(new Municipality
    {
        Code = r.Code,
        Name = r.Name,
        NormalizedName = MunicipalityNames.Normalize(r.Name),
        Province = r.Province,
        Veiligheidsregio = r.Veiligheidsregio,
        EenheidId = r.Eenheid,
        BasisteamId = r.Basisteam,
    }, r);

    public static Municipality Apply(Municipality m, MunicipalityRecord r)
    {
        m.Name = r.Name;
        m.NormalizedName = MunicipalityNames.Normalize(r.Name);
        m.Province = r.Province;
        m.Veiligheidsregio = r.Veiligheidsregio;
        m.EenheidId = r.Eenheid;
        m.BasisteamId = r.Basisteam;
        return m;
    }

    public static Bureau ToEntity(BureauRecord r) => Apply(new Bureau
    {
        Id = r.Id,
        Name = r.Name,
        BasisteamId = r.Basisteam,
        Address = new BureauAddress { Street = "", HouseNumber = "", Postcode = "", City = "" },
        OpeningHours = new OpeningHours(),
    }, r);

    public static Bureau Apply(Bureau b, BureauRecord r)
    {
        b.Name = r.Name;
        b.BasisteamId = r.Basisteam;
        b.AppointmentOnly = r.AppointmentOnly;
        b.IsDemo = r.Demo;
        // Set the complex-type members in place: EF compares them by value, so equal data stays Unchanged.
        b.Address.Street = r.Address.Street;
        b.Address.HouseNumber = r.Address.HouseNumber;
        b.Address.Postcode = r.Address.Postcode;
        b.Address.City = r.Address.City;
        var h = b.OpeningHours;
        (h.Mon, h.Tue, h.Wed, h.Thu, h.Fri, h.Sat, h.Sun) =
            (r.OpeningHours.Mon, r.OpeningHours.Tue, r.OpeningHours.Wed, r.OpeningHours.Thu, r.OpeningHours.Fri, r.OpeningHours.Sat, r.OpeningHours.Sun);
        return b;
    }
}
