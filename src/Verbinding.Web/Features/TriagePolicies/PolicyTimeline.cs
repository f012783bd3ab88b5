namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>Which approved version is in force per scope at a moment, and when that next changes. Pure.</summary>
public static class PolicyTimeline
{
    public sealed record Entry(int Id, string Scope, DateTimeOffset EffectiveFrom);

    /// <summary>Per scope the approved version with the latest start at or before <paramref name="now"/> (a later approval wins a tie).</summary>
    public static IReadOnlyDictionary<string, int> InForce(IEnumerable<Entry> approved, DateTimeOffset now) =>
        approved.Where(e => e.EffectiveFrom <= now)
            .GroupBy(e => e.Scope)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.EffectiveFrom).ThenByDescending(e => e.Id).First().Id);

    public static DateTimeOffset? NextChange(IEnumerable<Entry> approved, DateTimeOffset now) =>
        approved.Where(e => e.EffectiveFrom > now).Select(e => (DateTimeOffset?)e.EffectiveFrom).Min();

    /// <summary>The status to show: approved versions are scheduled, effective or superseded depending on the time.</summary>
    public static string Shown(PolicyVersion version, IReadOnlyDictionary<string, int> inForce, DateTimeOffset now) =>
        version.Status != PolicyStatus.Approved ? version.Status
        : version.EffectiveFrom > now ? PolicyStatus.Scheduled
        : inForce.GetValueOrDefault(version.Scope) == version.Id ? PolicyStatus.Effective
        : PolicyStatus.Superseded;
}
