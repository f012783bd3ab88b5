using Verbinding.Calendar;
using Verbinding.Web.Features.Conversations;

namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>
/// When a colleague's first answer is due, per channel, from the policy targets in reference/calendar.json: web chat
/// 60 seconds, messaging one hour, e-mail one working day (office hours and holidays of the queue's eenheid, or the
/// default Europe/Amsterdam calendar for the national queue).
/// </summary>
public sealed class FirstResponseClock(CalendarSettings calendars)
{
    public ServiceLevel LevelFor(string channel) => calendars.Level(FirstResponseTargets.KeyFor(channel));

    public DateTimeOffset Due(string channel, string queueUnit, DateTimeOffset queuedAt) =>
        LevelFor(channel).DueFrom(queuedAt, calendars.ForOrDefault(queueUnit));
}
