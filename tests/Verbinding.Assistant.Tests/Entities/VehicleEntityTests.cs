using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Tests.Entities.Extracting;

namespace Verbinding.Assistant.Tests.Entities;

public sealed class VehicleEntityTests
{
    [Theory]
    [InlineData("kenteken AB-12-34", "AB-12-34")]
    [InlineData("kenteken 12-34-AB", "12-34-AB")]
    [InlineData("kenteken 12-ab-34", "12-AB-34")]
    [InlineData("kenteken AB-12-CD", "AB-12-CD")]
    [InlineData("kenteken AB-CD-12", "AB-CD-12")]
    [InlineData("kenteken 12-AB-CD", "12-AB-CD")]
    [InlineData("kenteken 12-ABC-3", "12-ABC-3")]
    [InlineData("kenteken 1-ABC-23", "1-ABC-23")]
    [InlineData("kenteken GB-123-X", "GB-123-X")]
    [InlineData("kenteken X-123-GB", "X-123-GB")]
    [InlineData("kenteken XXB-12-T", "XXB-12-T")]
    [InlineData("kenteken T-12-XXB", "T-12-XXB")]
    [InlineData("kenteken 1-XX-123", "1-XX-123")]
    [InlineData("kenteken 123-XX-1", "123-XX-1")]
    [InlineData("een auto met GZ123X reed weg", "GZ-123-X")]
    [InlineData("kenteken nbd12t", "NBD-12-T")]
    [InlineData("kenteken GB1234", "GB-12-34")]
    public void Licence_plates_of_every_sidecode_are_dashed(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.LicencePlate));
    }

    [Theory]
    [InlineData("postcode 1234AB")]
    [InlineData("ik kocht een MP3 speler")]
    [InlineData("op 12-3 gebeurd")]
    [InlineData("bel 06-12345678")]
    public void Not_a_licence_plate(string message)
    {
        Assert.Empty(Values(message, EntityKind.LicencePlate));
    }

    [Theory]
    [InlineData("mijn Gazelle is gestolen", "Gazelle")]
    [InlineData("mijn vanmoof is weg", "VanMoof")]
    [InlineData("mijn Trek fiets", "Trek")]
    [InlineData("mijn iPhone 15 is gestolen", "Apple")]
    [InlineData("Google Pixel kwijt", "Google")]
    [InlineData("mijn Vespa", "Vespa")]
    [InlineData("een zwarte Volkswagen Golf", "Volkswagen")]
    [InlineData("een vw polo", "Volkswagen")]
    [InlineData("mijn Seat auto", "Seat")]
    [InlineData("samsung galaxy gestolen", "Samsung")]
    public void Brands_get_their_canonical_name(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Brand));
    }

    [Theory]
    [InlineData("ik trek het me aan")]
    [InlineData("een mini cadeau")]
    [InlineData("hij zat op mijn seat")]
    public void Brand_names_that_are_words_need_context(string message)
    {
        Assert.Empty(Values(message, EntityKind.Brand));
    }
}
