using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Tests.Entities.Extracting;

namespace Verbinding.Assistant.Tests.Entities;

public sealed class PlaceEntityTests
{
    [Theory]
    [InlineData("ik woon in Utrecht", "Utrecht")]
    [InlineData("ik woon in utrecht", "Utrecht")]
    [InlineData("het gebeurde in Den Bosch", "'s-Hertogenbosch")]
    [InlineData("in 's-Gravenhage", "Den Haag")]
    [InlineData("in Alphen aan den Rijn", "Alphen aan den Rijn")]
    [InlineData("in Scheveningen", "Den Haag")]
    [InlineData("in de Bijlmer", "Amsterdam")]
    [InlineData("in Hoofddorp", "Haarlemmermeer")]
    [InlineData("op station Utrecht Centraal", "Utrecht Centraal")]
    [InlineData("op Amsterdam Centraal", "Amsterdam Centraal")]
    [InlineData("op Amsterdam CS", "Amsterdam Centraal")]
    [InlineData("bij het CS in Rotterdam", "Rotterdam Centraal")]
    [InlineData("op station Zwolle", "Zwolle")]
    [InlineData("in Lelystad", "Lelystad")]
    [InlineData("in Middelburg", "Middelburg")]
    [InlineData("in Leiden", "Leiden")]
    public void Places_become_municipality_or_station_names(string message, string expected)
    {
        var places = Values(message, EntityKind.Place);
        Assert.Contains(expected, places);
    }

    [Theory]
    [InlineData("dat kan leiden tot problemen")]
    [InlineData("een houten schuur")]
    [InlineData("bij het CS")]
    public void Common_words_and_unknown_stations_are_not_places(string message)
    {
        Assert.Empty(Values(message, EntityKind.Place));
    }

    [Theory]
    [InlineData("Mijn adres is Kerkstraat 12", "Kerkstraat 12")]
    [InlineData("Kerkstraat 12a Utrecht", "Kerkstraat 12A, Utrecht")]
    [InlineData("op de Prins Hendrikkade 33 in Amsterdam", "Prins Hendrikkade 33, Amsterdam")]
    [InlineData("Van Baerlestraat 7-2", "Van Baerlestraat 7-2")]
    [InlineData("op de Dam 1", "Dam 1")]
    [InlineData("Laan van Meerdervoort 120 in Den Haag", "Laan van Meerdervoort 120, Den Haag")]
    public void Addresses_keep_street_number_and_municipality(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Address));
    }

    [Theory]
    [InlineData("bij de supermarkt 3 mannen")]
    [InlineData("ik was onderweg 12 minuten")]
    public void Lower_case_street_words_are_not_addresses(string message)
    {
        Assert.Empty(Values(message, EntityKind.Address));
    }

    [Theory]
    [InlineData("postcode 1234 AB", "1234 AB")]
    [InlineData("postcode 1234ab", "1234 AB")]
    [InlineData("3511AB Utrecht", "3511 AB")]
    public void Postcodes_are_spaced_and_capitalised(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Postcode));
    }

    [Theory]
    [InlineData("ik betaalde 1200 en kreeg niets")]
    [InlineData("kenteken AB-12-34")]
    [InlineData("1234 SS")]
    [InlineData("0123 AB")]
    public void Not_a_postcode(string message)
    {
        Assert.Empty(Values(message, EntityKind.Postcode));
    }
}
