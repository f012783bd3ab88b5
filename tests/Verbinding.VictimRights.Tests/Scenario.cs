using Verbinding.Calendar;

namespace Verbinding.VictimRights.Tests;

/// <summary>Fixed offences and a fixed filing moment, so every test reads as "this victim, this offence: these rights".</summary>
internal static class Scenario
{
    /// <summary>Tuesday 10 March 2026, 10:00 in Amsterdam (winter time).</summary>
    public static readonly DateTimeOffset FiledAt = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly OffenceCatalog Offences = OffenceCatalog.Load(OffenceCatalog.DefaultPath);

    public static Offence Offence(string id) => Offences.Find(id) ?? throw new KeyNotFoundException(id);

    public static Victim Adult(string language = "nl", VictimChoices? choices = null, bool vulnerable = false) =>
        new(35, language, vulnerable, VictimRelation.Self, choices ?? VictimChoices.None);

    public static IReadOnlyList<Obligation> Derive(string offence, Victim victim, VictimRightsPolicy? policy = null) =>
        VictimRightsRules.Derive(Offence(offence), victim, FiledAt, WorkingCalendar.Default, policy);

    public static string[] Ids(this IEnumerable<Obligation> obligations) => [.. obligations.Select(o => o.RightId).Order(StringComparer.Ordinal)];

    public static string[] Set(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];
}
