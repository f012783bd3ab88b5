using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Tests.Entities.Extracting;

namespace Verbinding.Assistant.Tests.Entities;

public sealed class AccountAndDeviceEntityTests
{
    [Theory]
    [InlineData("betaald op NL91ABNA0417164300", "NL91ABNA0417164300")]
    [InlineData("rekening NL91 ABNA 0417 1643 00.", "NL91ABNA0417164300")]
    [InlineData("iban nl91abna0417164300", "NL91ABNA0417164300")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89370400440532013000")]
    [InlineData("GB82 WEST 1234 5698 7654 32 was het", "GB82WEST12345698765432")]
    [InlineData("BE68539007547034", "BE68539007547034")]
    public void Valid_ibans_are_compacted(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Iban));
    }

    [Theory]
    [InlineData("NL91ABNA0417164301")]
    [InlineData("NL91 ABNA 0417 1643")]
    [InlineData("XX91ABNA0417164300")]
    public void Ibans_with_wrong_checksum_or_length_are_rejected(string message)
    {
        Assert.Empty(Values(message, EntityKind.Iban));
    }

    [Fact]
    public void Iban_digits_are_not_read_as_a_phone_number()
    {
        var entities = All("Maak over naar NL91 ABNA 0417 1643 00 aub");
        Assert.Equal(EntityKind.Iban, Assert.Single(entities).Kind);
    }

    [Theory]
    [InlineData("IMEI 490154203237518", "490154203237518")]
    [InlineData("imei: 35-209900-176148-1", "352099001761481")]
    [InlineData("imei 35209900/176148/1", "352099001761481")]
    [InlineData("imei 35 209900 176148 1", "352099001761481")]
    public void Imei_with_valid_luhn_is_found(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Imei));
    }

    [Theory]
    [InlineData("IMEI 490154203237519")]
    [InlineData("IMEI 49015420323751")]
    public void Imei_with_wrong_luhn_or_length_is_rejected(string message)
    {
        Assert.Empty(Values(message, EntityKind.Imei));
    }

    [Theory]
    [InlineData("het framenummer is WAU12345678", "WAU12345678")]
    [InlineData("frame nummer: gz123456", "GZ123456")]
    [InlineData("Batavus met framenummer BA 123456", "BA123456")]
    [InlineData("frame number AB1234567 on my bike", "AB1234567")]
    public void Frame_numbers_are_taken_after_the_keyword(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.FrameNumber));
    }

    [Theory]
    [InlineData("WAU12345678 is mijn code")]
    [InlineData("framenummer weet ik niet, postcode 1234AB")]
    [InlineData("framenummer 1234AB")]
    [InlineData("framenummer 0612345678")]
    public void Frame_numbers_do_not_misfire(string message)
    {
        Assert.Empty(Values(message, EntityKind.FrameNumber));
    }
}
