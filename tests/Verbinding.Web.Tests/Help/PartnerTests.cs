using Verbinding.Web.Features.Help;

namespace Verbinding.Web.Tests.Help;

public sealed class PartnerTests
{
    [Fact]
    public void Shipped_directory_has_a_Dutch_and_English_description_for_every_partner()
    {
        var partners = PartnerDirectory.All;

        Assert.NotEmpty(partners);
        Assert.All(partners, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Description.Nl), p.Id);
            Assert.False(string.IsNullOrWhiteSpace(p.Description.En), p.Id);
        });
    }

    [Fact]
    public void Veilig_Thuis_number_is_a_tap_to_call_link() =>
        Assert.Equal("tel:08002000", Partner("0800-2000").TelUri);

    [Fact]
    public void An_instruction_instead_of_a_number_is_not_a_link() =>
        Assert.Null(Partner("14 + netnummer").TelUri);

    [Fact]
    public void Website_is_shown_without_the_scheme() =>
        Assert.Equal("www.rvig.nl/identiteitsfraude", Partner(null, "https://www.rvig.nl/identiteitsfraude").WebsiteLabel);

    private static Partner Partner(string? phone, string website = "https://www.veiligthuis.nl") =>
        new("test", "Test", new LocalizedText("nl", "en"), phone, website, null, "national");
}
