namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// The finest aggregate: counts per month and whole contact profile, kept in the same transaction as each
/// invitation and response. Only queries that filter or group on topic together with channel or contact type need it.
/// </summary>
public sealed class SatisfactionAggregate : AggregateCounts
{
    public required string BasisteamId { get; set; }

    public required string Channel { get; set; }

    public required string ContactType { get; set; }

    public required string Topic { get; set; }

    public bool WoutOnly { get; set; }
}

/// <summary>Without topic: per basisteam, channel, contact type and Wout.</summary>
public sealed class TeamSatisfactionAggregate : AggregateCounts
{
    public required string BasisteamId { get; set; }

    public required string Channel { get; set; }

    public required string ContactType { get; set; }

    public bool WoutOnly { get; set; }
}

/// <summary>Without basisteam and topic: per eenheid, channel, contact type and Wout (the dashboard's usual question).</summary>
public sealed class UnitSatisfactionAggregate : AggregateCounts
{
    public required string Channel { get; set; }

    public required string ContactType { get; set; }

    public bool WoutOnly { get; set; }
}

/// <summary>Per eenheid and topic only.</summary>
public sealed class TopicSatisfactionAggregate : AggregateCounts
{
    public required string Topic { get; set; }
}
