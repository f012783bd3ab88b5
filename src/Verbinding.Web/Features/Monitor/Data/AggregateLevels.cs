namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>The parts of the contact profile an aggregate table may keep besides month and eenheid.</summary>
[Flags]
public enum AggregateDimensions
{
    None = 0,
    Basisteam = 1,
    Channel = 2,
    ContactType = 4,
    Topic = 8,
    Wout = 16,
    All = Basisteam | Channel | ContactType | Topic | Wout,
}

/// <summary>One aggregate table: which dimensions it keeps, so a report can pick the smallest table that answers it.</summary>
public sealed record AggregateLevel(string Table, AggregateDimensions Dimensions)
{
    public bool Keeps(AggregateDimensions dimensions) => (Dimensions & dimensions) == dimensions;

    public IReadOnlyList<string> KeyColumns { get; } = Columns(Dimensions);

    private static string[] Columns(AggregateDimensions dimensions)
    {
        var columns = new List<string> { "Month", "EenheidId" };
        foreach (var (dimension, column) in DimensionColumns)
        {
            if ((dimensions & dimension) == dimension)
            {
                columns.Add(column);
            }
        }
        return [.. columns];
    }

    private static readonly (AggregateDimensions, string)[] DimensionColumns =
    [
        (AggregateDimensions.Basisteam, "BasisteamId"), (AggregateDimensions.Channel, "Channel"), (AggregateDimensions.ContactType, "ContactType"),
        (AggregateDimensions.Topic, "Topic"), (AggregateDimensions.Wout, "WoutOnly"),
    ];

    /// <summary>The metadata with the dimensions this table drops blanked, so equal projections add up.</summary>
    public ContactMetadata Project(ContactMetadata m) => new(
        m.EenheidId,
        Keeps(AggregateDimensions.Basisteam) ? m.BasisteamId : "",
        Keeps(AggregateDimensions.Channel) ? m.Channel : "",
        Keeps(AggregateDimensions.ContactType) ? m.ContactType : "",
        Keeps(AggregateDimensions.Topic) ? m.Topic : "",
        m.Month,
        Keeps(AggregateDimensions.Wout) && m.WoutOnly);

    /// <summary>The key values in <see cref="KeyColumns"/> order.</summary>
    public object[] KeyValues(ContactMetadata m) => [.. KeyColumns.Select(column => column switch
    {
        "Month" => (object)m.Month,
        "EenheidId" => m.EenheidId,
        "BasisteamId" => m.BasisteamId,
        "Channel" => m.Channel,
        "ContactType" => m.ContactType,
        "Topic" => m.Topic,
        _ => m.WoutOnly,
    })];
}

public static class AggregateLevels
{
    public static readonly AggregateLevel Unit = new("SatisfactionAggregatesByUnit",
        AggregateDimensions.Channel | AggregateDimensions.ContactType | AggregateDimensions.Wout);

    public static readonly AggregateLevel Topic = new("SatisfactionAggregatesByTopic", AggregateDimensions.Topic);

    public static readonly AggregateLevel Team = new("SatisfactionAggregatesByTeam",
        AggregateDimensions.Basisteam | AggregateDimensions.Channel | AggregateDimensions.ContactType | AggregateDimensions.Wout);

    public static readonly AggregateLevel Full = new("SatisfactionAggregates", AggregateDimensions.All);

    /// <summary>Smallest table first (rows per month: unit ~200, topic ~200, team ~1,400, full ~5,000+).</summary>
    public static readonly IReadOnlyList<AggregateLevel> All = [Unit, Topic, Team, Full];

    public static AggregateLevel Coarsest(AggregateDimensions needed) => All.First(level => level.Keeps(needed));
}
