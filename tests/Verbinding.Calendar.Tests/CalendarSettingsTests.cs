using Verbinding.Calendar;

namespace Verbinding.Calendar.Tests;

public sealed class CalendarSettingsTests
{
    private const string Json = """
        {
          "timeZone": "Europe/Amsterdam",
          "default": {"officeHours": {"mon": "08:00-17:00", "tue": "08:00-17:00", "wed": "08:00-17:00", "thu": "08:00-17:00", "fri": "08:00-17:00", "sat": null, "sun": null}, "liberationDay": "every-year"},
          "eenheden": [
            {"id": "amsterdam"},
            {"id": "rotterdam", "officeHours": {"mon": "08:00-22:00", "tue": "08:00-22:00", "wed": "08:00-22:00", "thu": "08:00-22:00", "fri": "08:00-22:00", "sat": "10:00-16:00"}, "liberationDay": "never"}
          ],
          "serviceLevels": [{"key": "email-first-response", "amount": 1, "unit": "working-days"}]
        }
        """;

    [Fact]
    public void An_eenheid_can_override_office_hours_and_liberation_day()
    {
        var settings = CalendarSettings.Parse(Json);
        var liberationDay = new DateOnly(2026, 5, 5);
        Assert.False(settings.For("amsterdam").IsWorkingDay(liberationDay));
        Assert.True(settings.For("rotterdam").IsWorkingDay(liberationDay));
        Assert.True(settings.For("rotterdam").IsWorkingDay(new DateOnly(2026, 3, 7))); // Saturday
        Assert.False(settings.For("amsterdam").IsWorkingDay(new DateOnly(2026, 3, 7)));
    }

    [Fact]
    public void An_unknown_eenheid_is_a_clear_error()
    {
        var error = Assert.Throws<UnknownUnitException>(() => CalendarSettings.Parse(Json).For("atlantis"));
        Assert.Contains("atlantis", error.Message);
        Assert.Contains("amsterdam", error.Message);
    }

    [Fact]
    public void Service_levels_are_read_from_configuration() =>
        Assert.Equal(new ServiceLevel("email-first-response", 1, ServiceLevelUnit.WorkingDays), CalendarSettings.Parse(Json).Level("email-first-response"));

    [Fact]
    public void Bad_office_hours_are_refused() =>
        Assert.ThrowsAny<Exception>(() => CalendarSettings.Parse(Json.Replace("10:00-16:00", "16:00-10:00")));
}
