using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Tests.Meldingen;

public sealed class LocationRulesTests
{
    [Theory]
    [InlineData("Hoofdstraat", "12a", "hoofdstr.", "12 A")]
    [InlineData("Burg. de Withstraat", "3-2", "burg de withstraat", "3 2")]
    public void Same_address_written_differently_gets_one_bundle_key(string street1, string number1, string street2, string number2) =>
        Assert.Equal(BundleKeys.For("GM0344", street1, number1, null), BundleKeys.For("GM0344", street2, number2, null));

    [Fact]
    public void Same_street_in_another_municipality_is_another_place() =>
        Assert.NotEqual(BundleKeys.For("GM0344", "Dorpsstraat", null, null), BundleKeys.For("GM0599", "Dorpsstraat", null, null));

    [Fact]
    public void Place_description_alone_links_nothing() => Assert.Null(BundleKeys.For("GM0344", null, null, null));

    [Theory]
    [InlineData("3511 AB", true)]
    [InlineData("3511ab", true)]
    [InlineData("0511 AB", false)]
    [InlineData("3511 SS", false)]
    [InlineData("12345", false)]
    public void Dutch_postcodes_are_four_digits_and_two_letters(string postcode, bool valid) =>
        Assert.Equal(valid, Postcodes.IsValid(postcode));

    [Fact]
    public void Tracking_code_matches_regardless_of_case_and_dashes_and_not_otherwise()
    {
        var code = TrackingCodes.New();
        var hash = TrackingCodes.Hash(code);
        Assert.True(TrackingCodes.Matches(code.ToLowerInvariant().Replace('-', ' '), hash));
        Assert.False(TrackingCodes.Matches(TrackingCodes.New(), hash));
        Assert.False(TrackingCodes.Matches(null, hash));
    }

    [Fact]
    public void Misspelled_municipality_suggests_the_intended_one()
    {
        var suggestions = new MunicipalitySuggestions(ReferenceData.Load(ReferenceData.DefaultDirectory));
        Assert.Contains("Utrecht", suggestions.For("Utrect"));
        Assert.Contains("Amsterdam", suggestions.For("Amsterdm"));
        Assert.Empty(suggestions.For("Xyzzyplaats"));
    }
}
