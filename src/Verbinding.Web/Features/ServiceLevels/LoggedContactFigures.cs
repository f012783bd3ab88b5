namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>One logged phone call or counter visit, as the report counts it.</summary>
public sealed record LoggedContactFigure(string EenheidId, string Channel, string Outcome);

/// <summary>How many logged contacts a unit had on a channel with one outcome.</summary>
public sealed record LoggedContactCount(string EenheidId, string Channel, string Outcome, int Contacts);

/// <summary>
/// Phone calls and counter visits in the report: counted per unit and outcome, as channels of their own. They have no
/// waiting clock (the colleague logs the contact after handling it), so the service-level columns say "n.v.t.".
/// </summary>
public static class LoggedContactFigures
{
    public static IReadOnlyList<ServiceLevelRow> Rows(IReadOnlyList<LoggedContactFigure> contacts) =>
        [.. contacts.GroupBy(c => (c.EenheidId, c.Channel))
            .Select(g => new ServiceLevelRow(g.Key.EenheidId, g.Key.Channel, null, g.Count(), g.Count(), 0, null, null, null))];

    public static IReadOnlyList<LoggedContactCount> Outcomes(IReadOnlyList<LoggedContactFigure> contacts) =>
        [.. contacts.GroupBy(c => (c.EenheidId, c.Channel, c.Outcome))
            .OrderBy(g => g.Key.EenheidId, StringComparer.Ordinal).ThenBy(g => g.Key.Channel, StringComparer.Ordinal)
            .ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Outcome, StringComparer.Ordinal)
            .Select(g => new LoggedContactCount(g.Key.EenheidId, g.Key.Channel, g.Key.Outcome, g.Count()))];
}
