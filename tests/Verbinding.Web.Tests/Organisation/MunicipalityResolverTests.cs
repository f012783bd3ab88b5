using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Tests.Organisation;

public sealed class MunicipalityResolverTests
{
    private static readonly MunicipalityResolver Resolver = new(ShippedReferenceData.Value);

    [Theory]
    [InlineData("Den Haag", "GM0518", "den-haag")]
    [InlineData("den haag", "GM0518", "den-haag")]
    [InlineData("The Hague", "GM0518", "den-haag")]
    [InlineData("'s-Gravenhage", "GM0518", "den-haag")]
    [InlineData("s-Gravenhage", "GM0518", "den-haag")]
    [InlineData("\u2019s-Gravenhage", "GM0518", "den-haag")]
    [InlineData("Den Bosch", "GM0796", "oost-brabant")]
    [InlineData("'S-HERTOGENBOSCH", "GM0796", "oost-brabant")]
    [InlineData("Utrecht (gemeente)", "GM0344", "midden-nederland")]
    [InlineData("gemeente Utrecht", "GM0344", "midden-nederland")]
    [InlineData("  AMSTERDAM ", "GM0363", "amsterdam")]
    [InlineData("Sudwest Fryslan", "GM1900", "noord-nederland")]
    [InlineData("Súdwest-Fryslân", "GM1900", "noord-nederland")]
    [InlineData("Hengelo", "GM0164", "oost-nederland")]
    [InlineData("Bergen (NH.)", "GM0373", "noord-holland")]
    [InlineData("Bergen NH", "GM0373", "noord-holland")]
    [InlineData("Middelburg", "GM0687", "zeeland-west-brabant")]
    public void Name_as_typed_resolves_to_the_municipality_and_its_unit(string typed, string code, string eenheid)
    {
        var match = Resolver.Resolve(typed);

        Assert.NotNull(match);
        Assert.Equal(code, match.Municipality.Code);
        Assert.Equal(eenheid, match.Eenheid.Id);
        Assert.Equal(match.Municipality.Basisteam, match.Basisteam.Id);
    }

    [Theory]
    [InlineData("Weesp", "Amsterdam")]
    [InlineData("Hellevoetsluis", "Voorne aan Zee")]
    [InlineData("Heerhugowaard", "Dijk en Waard")]
    [InlineData("Uden", "Maashorst")]
    [InlineData("Boxmeer", "Land van Cuijk")]
    public void Former_municipality_leads_to_the_one_it_merged_into(string former, string current)
    {
        Assert.Equal(current, Resolver.Resolve(former)?.Municipality.Name);
    }

    [Fact]
    public void Ambiguous_name_gives_no_single_match_but_lists_the_candidates()
    {
        Assert.Null(Resolver.Resolve("Bergen"));
        Assert.Equal(["Bergen (L.)", "Bergen (NH.)"], Resolver.Candidates("Bergen").Select(c => c.Municipality.Name).Order());
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Unknown_or_empty_name_resolves_to_nothing(string? typed)
    {
        Assert.Null(Resolver.Resolve(typed));
    }
}
