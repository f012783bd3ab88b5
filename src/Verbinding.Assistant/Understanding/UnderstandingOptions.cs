namespace Verbinding.Assistant.Understanding;

public sealed record UnderstandingOptions
{
    /// <summary>Overrides the model's tuned threshold: below it Wout answers "onbekend" and offers candidates.</summary>
    public double? Threshold { get; init; }

    /// <summary>How many likely topics to offer when Wout asks instead of answers.</summary>
    public int CandidateCount { get; init; } = 3;
}
