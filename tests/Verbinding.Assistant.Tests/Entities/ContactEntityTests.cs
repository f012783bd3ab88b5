using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Tests.Entities.Extracting;

namespace Verbinding.Assistant.Tests.Entities;

public sealed class ContactEntityTests
{
    [Theory]
    [InlineData("bel me op 06-12345678", "+31612345678")]
    [InlineData("bel +31 6 1234 5678", "+31612345678")]
    [InlineData("bel 0031 6 12345678", "+31612345678")]
    [InlineData("bel +31 (0)6 12345678", "+31612345678")]
    [InlineData("bel 020-1234567", "+31201234567")]
    [InlineData("bel 010 123 45 67", "+31101234567")]
    [InlineData("call +44 20 7946 0958", "+442079460958")]
    [InlineData("bel 0900-8844", "0900-8844")]
    [InlineData("bel 0800-2000", "0800-2000")]
    public void Phone_numbers_become_e164_or_national_service_numbers(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Phone));
    }

    [Theory]
    [InlineData("bel 112")]
    [InlineData("ordernummer 12345")]
    [InlineData("06-1234")]
    public void Not_a_phone_number(string message)
    {
        Assert.Empty(Values(message, EntityKind.Phone));
    }

    [Theory]
    [InlineData("mail naar Jan.Jansen@Example.NL", "jan.jansen@example.nl")]
    [InlineData("verkoper: oplichter99@gmail.com.", "oplichter99@gmail.com")]
    public void Email_addresses_are_lower_cased(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Email));
        Assert.Empty(Values(message, EntityKind.Url));
    }

    [Theory]
    [InlineData("besteld bij www.goedkopeschoenen.nl", "goedkopeschoenen.nl")]
    [InlineData("via https://WWW.Nep-Shop.com/product?id=3.", "nep-shop.com")]
    [InlineData("gekocht op bol.com", "bol.com")]
    [InlineData("via Marktplaats verkocht", "marktplaats.nl")]
    [InlineData("op facebook marketplace", "facebook.com")]
    public void Webshops_become_hosts(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Url));
    }

    [Theory]
    [InlineData("dat was 12.50 euro")]
    [InlineData("ik zei het al.Daarna niets")]
    public void Not_a_url(string message)
    {
        Assert.Empty(Values(message, EntityKind.Url));
    }
}
