using Verbinding.Calendar;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Tests.Organisation;

public sealed class DailyHoursTests
{
    [Theory]
    [InlineData("09:00-17:00", 9, 17)]
    [InlineData("00:00-24:00", 0, 24)]
    public void Valid_hours_parse(string text, int opens, int closes)
    {
        Assert.True(WorkPeriod.TryParse(text, out var hours));
        Assert.Equal(TimeSpan.FromHours(opens), hours.Opens);
        Assert.Equal(TimeSpan.FromHours(closes), hours.Closes);
    }

    [Theory]
    [InlineData("17:00-09:00")]
    [InlineData("9-5")]
    [InlineData("09:00")]
    [InlineData("25:00-26:00")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_hours_are_rejected(string? text)
    {
        Assert.False(WorkPeriod.TryParse(text, out _));
    }

    [Fact]
    public void Bureau_is_open_inside_its_hours_and_closed_outside_and_on_closed_days()
    {
        var hours = new OpeningHours { Mon = "09:00-17:00", Sun = null };

        Assert.True(hours.IsOpenAt(DayOfWeek.Monday, new TimeOnly(9, 0)));
        Assert.False(hours.IsOpenAt(DayOfWeek.Monday, new TimeOnly(17, 0)));
        Assert.False(hours.IsOpenAt(DayOfWeek.Sunday, new TimeOnly(12, 0)));
        Assert.True(new OpeningHours { Sat = "00:00-24:00" }.IsOpenAt(DayOfWeek.Saturday, new TimeOnly(23, 59)));
    }
}
