using Verbinding.Calendar;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Tests.ServiceClocks;

public sealed class CalendarReferenceTests
{
    [Fact]
    public void Calendar_configuration_lists_exactly_the_eenheden_of_the_reference_data()
    {
        var eenheden = ReferenceData.Load(ReferenceData.DefaultDirectory).Eenheden.Select(e => e.Id).Order(StringComparer.Ordinal);
        var calendars = CalendarSettings.Load(CalendarSettings.DefaultPath).UnitIds.Order(StringComparer.Ordinal);
        Assert.Equal(eenheden, calendars);
    }

    [Theory]
    [InlineData("webchat-first-response")]
    [InlineData("messaging-first-response")]
    [InlineData("email-first-response")]
    [InlineData("victim-status-update")]
    [InlineData("victim-information-in-writing")]
    public void The_issue_s_service_levels_are_configured(string key) =>
        Assert.True(CalendarSettings.Load(CalendarSettings.DefaultPath).Level(key).Amount > 0);
}
