using Verbinding.Web.Features.Aangifte;

namespace Verbinding.Web.Tests.Aangifte;

public sealed class FraudIdentifierNormaliserTests
{
    [Theory]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("nl91abna0417164300")]
    [InlineData(" NL91ABNA0417164300 ")]
    public void Iban_in_any_spelling_becomes_compact_upper_case(string typed) =>
        Assert.Equal("NL91ABNA0417164300", FraudIdentifierNormaliser.Iban(typed));

    [Fact]
    public void Iban_with_a_wrong_check_digit_is_not_indexed() =>
        Assert.Null(FraudIdentifierNormaliser.Iban("NL92ABNA0417164300"));

    [Theory]
    [InlineData("06-12345678")]
    [InlineData("+31 (0)6 1234 5678")]
    [InlineData("0031612345678")]
    public void Phone_number_becomes_e164(string typed) =>
        Assert.Equal("+31612345678", FraudIdentifierNormaliser.Phone(typed));

    [Fact]
    public void Email_is_lower_case() =>
        Assert.Equal("oplichter@example.com", FraudIdentifierNormaliser.Email(" Oplichter@Example.COM "));

    [Theory]
    [InlineData("https://www.Goedkope-Fietsen.nl/aanbieding?id=7")]
    [InlineData("goedkope-fietsen.nl")]
    [InlineData("http://goedkope-fietsen.nl/")]
    public void Webshop_url_is_reduced_to_its_domain(string typed) =>
        Assert.Equal("goedkope-fietsen.nl", FraudIdentifierNormaliser.Domain(typed));

    [Theory]
    [InlineData("Marktplaats", "JanJansen88")]
    [InlineData("www.marktplaats.nl", "@janjansen88")]
    public void Platform_and_profile_are_one_identifier(string platform, string profile) =>
        Assert.Equal("marktplaats:janjansen88", FraudIdentifierNormaliser.Profile(platform, profile));

    [Fact]
    public void Platform_without_a_profile_links_nothing()
    {
        var found = FraudIdentifierNormaliser.FromAnswers(new Dictionary<string, string> { ["platform"] = "Marktplaats", ["counterpartyIban"] = "NL91ABNA0417164300" });

        Assert.Equal([(FraudIdentifierKinds.Iban, "NL91ABNA0417164300")], found);
    }
}
