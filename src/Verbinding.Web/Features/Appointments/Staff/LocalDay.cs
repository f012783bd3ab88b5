using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Appointments.Staff;

public static class LocalDay
{
    /// <summary>
    /// A Dutch calendar day as UTC instants. UTC matters: the stored form orders by instant but breaks ties by
    /// offset, so a bound of 00:00+01:00 would miss an appointment stored as 23:00Z.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounds(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var next = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return (new DateTimeOffset(midnight, DutchTime.Zone.GetUtcOffset(midnight)).ToUniversalTime(),
            new DateTimeOffset(next, DutchTime.Zone.GetUtcOffset(next)).ToUniversalTime());
    }
}
