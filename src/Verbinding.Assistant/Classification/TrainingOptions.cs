namespace Verbinding.Assistant.Classification;

/// <summary>Knobs of <see cref="TopicTrainer"/>; the defaults were chosen on 5-fold cross-validation.</summary>
public sealed record TrainingOptions
{
    /// <summary>A feature must occur in at least this many training messages to enter the vocabulary.</summary>
    public int MinFeatureCount { get; init; } = 2;

    public float L2Regularization { get; init; } = 0.01f;

    public float L1Regularization { get; init; } = 0f;

    public int MaxIterations { get; init; } = 200;

    /// <summary>Below this calibrated probability Wout asks a clarifying question ("onbekend").</summary>
    public float Threshold { get; init; } = 0.3f;
}
