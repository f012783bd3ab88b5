using Verbinding.Calendar;
using System.Text.RegularExpressions;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Tests.Organisation;

public sealed class ReferenceDataConsistencyTests
{
    private static ReferenceData Data => ShippedReferenceData.Value;

    private static IEnumerable<EenheidRecord> RegionalUnits => Data.Eenheden.Where(e => !e.National);

    [Fact]
    public void Shipped_files_pass_validation()
    {
        Assert.Empty(ReferenceDataValidator.Validate(Data));
    }

    [Fact]
    public void There_are_ten_regional_units_and_one_national_unit()
    {
        Assert.Equal(10, RegionalUnits.Count());
        Assert.Equal("landelijke-eenheid", Assert.Single(Data.Eenheden, e => e.National).Id);
    }

    [Fact]
    public void All_342_municipalities_have_unique_cbs_codes()
    {
        Assert.Equal(342, Data.Municipalities.Count);
        Assert.All(Data.Municipalities, m => Assert.Matches(@"^GM\d{4}$", m.Code));
        Assert.Equal(342, Data.Municipalities.Select(m => m.Code).Distinct().Count());
    }

    [Fact]
    public void Every_municipality_is_in_exactly_one_basisteam_of_its_own_unit()
    {
        var teams = Data.Basisteams.ToDictionary(b => b.Id);
        foreach (var m in Data.Municipalities)
        {
            var listedIn = Data.Basisteams.Where(b => b.Municipalities.Contains(m.Code)).ToList();
            Assert.Equal(m.Basisteam, Assert.Single(listedIn).Id);
            Assert.Equal(m.Eenheid, teams[m.Basisteam].Eenheid);
            Assert.Contains(RegionalUnits, u => u.Id == m.Eenheid);
        }
    }

    [Fact]
    public void Every_regional_unit_has_at_least_three_basisteams_and_three_bureaus()
    {
        var teamUnit = Data.Basisteams.ToDictionary(b => b.Id, b => b.Eenheid);
        foreach (var unit in RegionalUnits)
        {
            Assert.True(Data.Basisteams.Count(b => b.Eenheid == unit.Id) >= 3, $"{unit.Id} has fewer than 3 basisteams");
            Assert.True(Data.Bureaus.Count(b => teamUnit[b.Basisteam] == unit.Id) >= 3, $"{unit.Id} has fewer than 3 bureaus");
        }
    }

    [Fact]
    public void Every_unit_province_list_matches_its_municipalities()
    {
        foreach (var unit in RegionalUnits)
        {
            var provinces = Data.Municipalities.Where(m => m.Eenheid == unit.Id).Select(m => m.Province).Distinct().Order();
            Assert.Equal(unit.Provinces.Order(), provinces);
        }
    }

    [Fact]
    public void Bureau_postcodes_and_opening_hours_are_well_formed()
    {
        Assert.All(Data.Bureaus, b =>
        {
            Assert.Matches(new Regex(@"^[1-9]\d{3} [A-Z]{2}$"), b.Address.Postcode);
            Assert.All(b.OpeningHours.Days().Where(d => d.Hours is not null), d => Assert.True(WorkPeriod.TryParse(d.Hours, out _), $"{b.Id} {d.Day}"));
            Assert.Contains(b.OpeningHours.Days(), d => d.Hours is not null);
        });
    }

    [Fact]
    public void Demo_bureaus_are_marked_as_demo()
    {
        // No bureau in the file has a public source yet; the moment one does, it must say so and drop the flag.
        Assert.All(Data.Bureaus, b => Assert.True(b.Demo || b.Address.Street != "Voorbeeldstraat", b.Id));
    }

    [Theory]
    [InlineData("Amsterdam", "amsterdam")]
    [InlineData("Rotterdam", "rotterdam")]
    [InlineData("'s-Gravenhage", "den-haag")]
    [InlineData("Utrecht", "midden-nederland")]
    [InlineData("Eindhoven", "oost-brabant")]
    [InlineData("Groningen", "noord-nederland")]
    [InlineData("Tilburg", "zeeland-west-brabant")]
    [InlineData("Almere", "midden-nederland")]
    [InlineData("Breda", "zeeland-west-brabant")]
    [InlineData("Nijmegen", "oost-nederland")]
    [InlineData("Apeldoorn", "oost-nederland")]
    [InlineData("Arnhem", "oost-nederland")]
    [InlineData("Haarlem", "noord-holland")]
    [InlineData("Haarlemmermeer", "noord-holland")]
    [InlineData("Enschede", "oost-nederland")]
    [InlineData("Amersfoort", "midden-nederland")]
    [InlineData("Zaanstad", "noord-holland")]
    [InlineData("'s-Hertogenbosch", "oost-brabant")]
    [InlineData("Zwolle", "oost-nederland")]
    [InlineData("Leiden", "den-haag")]
    [InlineData("Leeuwarden", "noord-nederland")]
    [InlineData("Zoetermeer", "den-haag")]
    [InlineData("Ede", "oost-nederland")]
    [InlineData("Maastricht", "limburg")]
    [InlineData("Dordrecht", "rotterdam")]
    [InlineData("Westland", "den-haag")]
    [InlineData("Alphen aan den Rijn", "den-haag")]
    [InlineData("Alkmaar", "noord-holland")]
    [InlineData("Emmen", "noord-nederland")]
    [InlineData("Delft", "den-haag")]
    [InlineData("Venlo", "limburg")]
    [InlineData("Deventer", "oost-nederland")]
    [InlineData("Sittard-Geleen", "limburg")]
    [InlineData("Helmond", "oost-brabant")]
    [InlineData("Oss", "oost-brabant")]
    [InlineData("Amstelveen", "amsterdam")]
    [InlineData("Hilversum", "midden-nederland")]
    [InlineData("Súdwest-Fryslân", "noord-nederland")]
    [InlineData("Heerlen", "limburg")]
    [InlineData("Hengelo (O.)", "oost-nederland")]
    [InlineData("Lansingerland", "rotterdam")]
    [InlineData("Purmerend", "noord-holland")]
    public void Large_municipality_is_served_by_the_right_unit(string name, string eenheid)
    {
        var municipality = Assert.Single(Data.Municipalities, m => m.Name == name);
        Assert.Equal(eenheid, municipality.Eenheid);
    }

    [Theory]
    [InlineData("Aalsmeer")]
    [InlineData("Ouder-Amstel")]
    [InlineData("Uithoorn")]
    [InlineData("Diemen")]
    public void Amsterdam_unit_covers_the_amstelland_municipalities(string name)
    {
        Assert.Equal("amsterdam", Assert.Single(Data.Municipalities, m => m.Name == name).Eenheid);
    }
}
