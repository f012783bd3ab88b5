using Microsoft.Extensions.DependencyInjection;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Aangifte;

public sealed class FieldValidatorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private readonly FieldValidator _validator = fixture.App.Services.GetRequiredService<FieldValidator>();

    private static FieldDefinition Field(string kind, int? max = null) => new("f", kind, new LocalizedText("x", "x"), false, max);

    private (string Value, string? Error) Check(string kind, string input, int? max = null)
    {
        var (value, error) = _validator.Check(Field(kind, max), input, Today);
        return (value, error?.Key);
    }

    [Theory]
    [InlineData("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300")]
    [InlineData("nl91abna0417164300", "NL91ABNA0417164300")]
    [InlineData("DE89370400440532013000", "DE89370400440532013000")]
    public void Valid_iban_is_stored_compact(string input, string expected) =>
        Assert.Equal((expected, null), Check(FieldKinds.Iban, input));

    [Theory]
    [InlineData("NL92ABNA0417164300")]
    [InlineData("NL91ABNA041716430")]
    [InlineData("XX91ABNA0417164300")]
    public void Iban_with_wrong_check_digits_or_length_is_refused(string input) =>
        Assert.Equal("ErrorIban", Check(FieldKinds.Iban, input).Error);

    [Fact]
    public void Imei_needs_a_valid_luhn_check()
    {
        Assert.Equal(("490154203237518", null), Check(FieldKinds.Imei, "49-015420-323751-8"));
        Assert.Equal("ErrorImei", Check(FieldKinds.Imei, "490154203237519").Error);
    }

    [Theory]
    [InlineData("3511ab", "3511 AB", null)]
    [InlineData("0123 AB", "0123 AB", "ErrorPostcode")]
    [InlineData("1234 SS", "1234 SS", "ErrorPostcode")]
    [InlineData("12345", "12345", "ErrorPostcode")]
    public void Postcodes_are_dutch(string input, string value, string? error) =>
        Assert.Equal((value, error), Check(FieldKinds.Postcode, input));

    [Fact]
    public void A_date_in_the_future_is_refused() =>
        Assert.Equal("ErrorDateFuture", Check(FieldKinds.Date, "2026-12-02").Error);

    [Fact]
    public void Dutch_date_notation_is_understood() =>
        Assert.Equal(("2026-11-28", null), Check(FieldKinds.Date, "28-11-2026"));

    [Fact]
    public void Over_long_text_is_refused_but_kept() =>
        Assert.Equal((new string('a', 61), "ErrorTooLong"), Check(FieldKinds.Text, new string('a', 61), 60));

    [Theory]
    [InlineData("Gazelle\u0000")]
    [InlineData("Gaz\u202Eelle")]
    [InlineData("Gazelle\nBatavus")]
    public void Control_characters_are_refused_in_a_line(string input) =>
        Assert.Equal("ErrorControlCharacters", Check(FieldKinds.Text, input).Error);

    [Fact]
    public void New_lines_are_fine_in_a_description() =>
        Assert.Null(Check(FieldKinds.Textarea, "Eerste regel\r\nTweede regel").Error);

    [Theory]
    [InlineData("1.250,50", "1250.50")]
    [InlineData("€ 899", "899.00")]
    [InlineData("1.250", "1250.00")]
    [InlineData("12.5", "12.50")]
    public void Euro_amounts_in_dutch_notation(string input, string expected) =>
        Assert.Equal((expected, null), Check(FieldKinds.Amount, input));

    [Fact]
    public void Municipality_resolves_to_its_official_name() =>
        Assert.Equal(("'s-Gravenhage", null), Check(FieldKinds.Municipality, "Den Haag"));

    [Fact]
    public void Unknown_municipality_is_refused() =>
        Assert.Equal("ErrorMunicipalityUnknown", Check(FieldKinds.Municipality, "Atlantis").Error);
}
