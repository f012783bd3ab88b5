using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Meldingen;

/// <summary>Found by the load benchmark: parallel reporters got errors when they raced for the next reference number.</summary>
public sealed class ConcurrentReferenceTests
{
    [Fact]
    public async Task Thirty_parallel_meldingen_all_succeed_with_their_own_consecutive_references()
    {
        await using var app = await VerbindingApplication.StartAsync();

        var registered = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            app.RegisterAsync(MeldingenApp.Melding(houseNumber: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        var numbers = registered.Select(r => int.Parse(r.Reference[^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.Equal(30, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(numbers[0], 30), numbers);
    }
}
