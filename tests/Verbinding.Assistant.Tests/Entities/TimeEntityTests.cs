using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Tests.Entities.Extracting;

namespace Verbinding.Assistant.Tests.Entities;

public sealed class TimeEntityTests
{
    [Theory]
    [InlineData("om half 9 was hij weg", "08:30")]
    [InlineData("om half 9 's avonds", "20:30")]
    [InlineData("vanavond om half 9", "20:30")]
    [InlineData("gisteravond om half negen", "20:30")]
    [InlineData("kwart over 3", "03:15")]
    [InlineData("vanmiddag om kwart over 3", "15:15")]
    [InlineData("kwart voor 3", "02:45")]
    [InlineData("tien voor half acht", "07:20")]
    [InlineData("om half een", "12:30")]
    [InlineData("om 22:15", "22:15")]
    [InlineData("rond 22.15 uur", "22:15")]
    [InlineData("om 10 uur", "10:00")]
    [InlineData("om 10 uur 's avonds", "22:00")]
    [InlineData("at 9 pm", "21:00")]
    [InlineData("at 9:30 am", "09:30")]
    public void Clock_times_are_normalised_to_24_hours(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Time));
    }

    [Theory]
    [InlineData("binnen 24 uur reageren")]
    [InlineData("het kostte 12.50 euro")]
    [InlineData("ik heb half de buurt gesproken")]
    [InlineData("kenteken GB-123-X")]
    public void Not_a_time(string message)
    {
        Assert.Empty(Values(message, EntityKind.Time));
    }
}
