namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// How the answers to one questionnaire item (reachability, waiting time, ...) go together with the overall answer,
/// per month, eenheid and channel: one row per answer value (1-5, 0 = no opinion). The sums allow both
/// "% satisfied among those positive on the item" and a correlation, without reading a single response.
/// </summary>
public sealed class ItemAggregate
{
    public const string Table = "SurveyItemAggregates";

    public int Month { get; set; }

    public required string EenheidId { get; set; }

    public required string Channel { get; set; }

    public required string Item { get; set; }

    public int Answer { get; set; }

    public long Responses { get; set; }

    /// <summary>Responses with an overall opinion (not "geen oordeel").</summary>
    public long Rated { get; set; }

    /// <summary>Responses (very) satisfied overall.</summary>
    public long Satisfied { get; set; }

    /// <summary>Sum of the overall answers (1-5) of the rated responses.</summary>
    public long OverallSum { get; set; }

    public long OverallSquareSum { get; set; }
}

public sealed record ItemKey(int Month, string EenheidId, string Channel, string Item, int Answer)
{
    public static readonly IReadOnlyList<string> Columns = ["Month", "EenheidId", "Channel", "Item", "Answer"];

    public object[] Values() => [Month, EenheidId, Channel, Item, Answer];
}

public sealed class ItemDelta
{
    public long Responses, Rated, Satisfied, OverallSum, OverallSquareSum;

    public static readonly IReadOnlyList<string> CountColumns = ["Responses", "Rated", "Satisfied", "OverallSum", "OverallSquareSum"];

    /// <param name="overall">The CBS overall answer: 1-5, 0 = no opinion; 4 and 5 count as satisfied.</param>
    public void AddResponse(int overall)
    {
        Responses++;
        if (overall is >= 1 and <= 5)
        {
            Rated++;
            Satisfied += overall >= 4 ? 1 : 0;
            OverallSum += overall;
            OverallSquareSum += overall * overall;
        }
    }

    public long[] Counts() => [Responses, Rated, Satisfied, OverallSum, OverallSquareSum];
}
