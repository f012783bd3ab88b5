using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Tests.Citizens;

public sealed class BsnTests
{
    [Theory]
    [InlineData("999990019")]
    [InlineData("999991772")]
    [InlineData("999993653")]
    [InlineData("9999 90019")]
    [InlineData("9999.90.019")]
    public void Test_range_bsn_that_passes_the_elfproef_is_accepted(string input) =>
        Assert.True(Bsn.TryParse(input, out _));

    [Theory]
    [InlineData("123456789")] // fails the elfproef
    [InlineData("999990018")] // one digit off
    [InlineData("99999001")]  // eight digits
    [InlineData("9999900190")]
    [InlineData("000000000")] // passes the sum, but is no number
    [InlineData("99999001a")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_bsn_is_refused(string? input) =>
        Assert.False(Bsn.TryParse(input, out _));

    [Fact]
    public void Bsn_shows_only_its_last_four_digits()
    {
        Bsn.TryParse("999990019", out var bsn);

        Assert.Equal("*****0019", bsn.Masked);
        Assert.Equal("*****0019", bsn.ToString());
        Assert.Equal("*****0019", $"{bsn}");
    }
}
