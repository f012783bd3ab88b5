using Verbinding.Calendar;

namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>One conversation that waited in a queue: when it entered, when a colleague first answered, when it ended.</summary>
public sealed record QueuedContact(
    Guid Id, string QueueUnit, string Channel, DateTimeOffset QueuedAt, DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ClosedAt, string? ClaimedBy);

/// <summary>Figures of one unit and channel; <paramref name="Target"/> is null for channels without a waiting clock (phone, counter).</summary>
public sealed record ServiceLevelRow(
    string QueueUnit, string Channel, ServiceLevel? Target, int Contacts, int Answered, int Abandoned,
    double? WithinTargetPercent, TimeSpan? MedianWait, TimeSpan? P90Wait);

public sealed record ServiceLevelBreach(
    Guid Id, string Reference, string QueueUnit, string Channel, DateTimeOffset QueuedAt, TimeSpan Waited, bool Answered, string? ClaimedBy);

public sealed record ServiceLevelResult(IReadOnlyList<ServiceLevelRow> Rows, IReadOnlyList<ServiceLevelBreach> Breaches)
{
    /// <summary>Phone calls and counter visits colleagues logged, per unit, channel and outcome.</summary>
    public IReadOnlyList<LoggedContactCount> LoggedOutcomes { get; init; } = [];
}

/// <summary>
/// Service-level figures as contact centres count them. The wait is queue entry to the first answer of a
/// colleague, or, unanswered, to the close (or now, still waiting). Each contact's answer is due at the channel's
/// target after queue entry (for e-mail one working day, so a mail of Friday evening is due Monday evening).
/// Percent within target = answered by the due time / (contacts - abandoned), where abandoned = closed unanswered
/// before the due time: a citizen who left (or booked a call-back) after 20 seconds was not failed. A breach is any
/// wait past the due time. Percentiles use the nearest-rank method. Pure: no database, the caller passes
/// <paramref name="now"/> and, optionally, the due time per contact (default: the policy targets on the default calendar).
/// </summary>
public static class ServiceLevelStatistics
{
    public static ServiceLevelResult Compute(
        IEnumerable<QueuedContact> contacts, DateTimeOffset now, Func<QueuedContact, (ServiceLevel Level, DateTimeOffset Due)>? due = null)
    {
        due ??= c =>
        {
            var level = FirstResponseTargets.Default(c.Channel);
            return (level, level.DueFrom(c.QueuedAt, WorkingCalendar.Default));
        };
        var judged = contacts.Select(c => (Contact: c, Target: due(c), Wait: Wait(c, now), End: End(c, now))).ToList();
        var rows = judged.GroupBy(j => (j.Contact.QueueUnit, j.Contact.Channel))
            .OrderBy(g => g.Key.QueueUnit, StringComparer.Ordinal).ThenBy(g => g.Key.Channel, StringComparer.Ordinal)
            .Select(g =>
            {
                var target = g.First().Target.Level;
                var answered = g.Count(j => j.Contact.FirstResponseAt is not null);
                var abandoned = g.Count(j => j.Contact.FirstResponseAt is null && j.Contact.ClosedAt is not null && j.End <= j.Target.Due);
                var within = g.Count(j => j.Contact.FirstResponseAt is not null && j.End <= j.Target.Due);
                var offered = g.Count() - abandoned;
                var waits = g.Select(j => j.Wait).Order().ToList();
                return new ServiceLevelRow(g.Key.QueueUnit, g.Key.Channel, target, g.Count(), answered, abandoned,
                    offered == 0 ? null : 100.0 * within / offered, Percentile(waits, 50), Percentile(waits, 90));
            }).ToList();
        var breaches = judged.Where(j => j.End > j.Target.Due).OrderByDescending(j => j.Wait)
            .Select(j => new ServiceLevelBreach(j.Contact.Id, ReferenceOf(j.Contact.Id), j.Contact.QueueUnit, j.Contact.Channel,
                j.Contact.QueuedAt, j.Wait, j.Contact.FirstResponseAt is not null, j.Contact.ClaimedBy))
            .ToList();
        return new ServiceLevelResult(rows, breaches);
    }

    /// <summary>A short reference for lists and calls: the random tail of the id (its head is a timestamp).</summary>
    public static string ReferenceOf(Guid id) => "CH-" + id.ToString("N")[^8..].ToUpperInvariant();

    /// <summary>Nearest rank: the smallest wait that at least <paramref name="percent"/>% of the waits do not exceed.</summary>
    public static TimeSpan? Percentile(IReadOnlyList<TimeSpan> sorted, int percent)
    {
        if (sorted.Count == 0)
            return null;
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    // A transfer after the first answer re-queues the chat; its first answer then lies before the queue entry: no wait.
    private static TimeSpan Wait(QueuedContact c, DateTimeOffset now) => End(c, now) - c.QueuedAt;

    private static DateTimeOffset End(QueuedContact c, DateTimeOffset now)
    {
        var end = c.FirstResponseAt ?? c.ClosedAt ?? now;
        return end > c.QueuedAt ? end : c.QueuedAt;
    }
}
