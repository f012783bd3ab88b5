using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Tests;

public sealed class ValueTests
{
    [Theory]
    [InlineData("60s", 60, DurationUnit.Seconds)]
    [InlineData("15m", 15, DurationUnit.Minutes)]
    [InlineData("1h", 1, DurationUnit.Hours)]
    [InlineData("5wd", 5, DurationUnit.WorkingDays)]
    public void Service_durations_are_read_as_written(string text, int amount, DurationUnit unit) =>
        Assert.Equal(new ServiceDuration(amount, unit), ServiceDuration.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("0s")]
    [InlineData("1d")]
    [InlineData("h")]
    public void Nonsense_durations_are_refused(string text) =>
        Assert.False(ServiceDuration.TryParse(text, out _));

    [Fact]
    public void Night_window_wraps_past_midnight()
    {
        Assert.True(TimeWindow.TryParse("22:00-08:00", out var night));
        Assert.True(night.Contains(new TimeOnly(23, 0)));
        Assert.True(night.Contains(new TimeOnly(7, 59)));
        Assert.False(night.Contains(new TimeOnly(8, 0)));
    }
}
