using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Tests.Entities.Extracting;

namespace Verbinding.Assistant.Tests.Entities;

public sealed class AmountEntityTests
{
    [Theory]
    [InlineData("ik betaalde € 900", "900.00")]
    [InlineData("ik betaalde €900,50", "900.50")]
    [InlineData("ik betaalde 900 euro", "900.00")]
    [InlineData("ik betaalde 900,-", "900.00")]
    [InlineData("ik betaalde 1.250 euro", "1250.00")]
    [InlineData("ik betaalde €1.250,99", "1250.99")]
    [InlineData("I paid EUR 12.50", "12.50")]
    [InlineData("I paid €1,250.50", "1250.50")]
    [InlineData("twee honderd euro", "200.00")]
    [InlineData("vijfentwintig euro", "25.00")]
    [InlineData("tweeduizend vijfhonderd euro", "2500.00")]
    public void Euro_amounts_become_invariant_decimals(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Amount));
    }

    [Theory]
    [InlineData("ik heb 900 berichten gestuurd")]
    [InlineData("en euro's heb ik niet")]
    public void Numbers_without_currency_are_not_amounts(string message)
    {
        Assert.Empty(Values(message, EntityKind.Amount));
    }
}
