using Verbinding.Assistant.Text;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Classification;

/// <summary>
/// Scores a message against every topic with the trained linear weights over <see cref="Featurizer"/>'s
/// features, then a temperature-scaled softmax. Same maths as ML.NET's maximum-entropy predictor, without
/// its per-call pipeline overhead (see docs/decisions/0001-wout-topic-classifier.md).
/// </summary>
public sealed class TopicClassifier(TopicModel model)
{
    public TopicModel Model { get; } = model;

    /// <summary>Probabilities per topic, highest first.</summary>
    public IReadOnlyList<TopicScore> Score(string text, IReadOnlySet<string>? excluded = null) =>
        Score(TextNormalizer.Tokens(text), excluded);

    /// <summary>As <see cref="Score(string, IReadOnlySet{string})"/>, for an already tokenised message.</summary>
    public IReadOnlyList<TopicScore> Score(IReadOnlyList<string> tokens, IReadOnlySet<string>? excluded = null)
    {
        var logits = Logits(tokens);
        var topics = Model.Topics;
        var max = float.NegativeInfinity;
        for (var t = 0; t < logits.Length; t++)
        {
            if (excluded is not null && excluded.Contains(topics[t]))
            {
                logits[t] = float.NegativeInfinity;
            }

            max = Math.Max(max, logits[t]);
        }

        var sum = 0d;
        var probabilities = new double[logits.Length];
        for (var t = 0; t < logits.Length; t++)
        {
            probabilities[t] = float.IsNegativeInfinity(logits[t]) ? 0 : Math.Exp((logits[t] - max) / Model.Temperature);
            sum += probabilities[t];
        }

        var scores = new TopicScore[logits.Length];
        for (var t = 0; t < logits.Length; t++)
        {
            scores[t] = new TopicScore(topics[t], probabilities[t] / sum);
        }

        Array.Sort(scores, (a, b) => b.Score.CompareTo(a.Score));
        return scores;
    }

    /// <summary>Raw (uncalibrated) scores per topic, in <see cref="TopicModel.Topics"/> order.</summary>
    internal float[] Logits(string text) => Logits(TextNormalizer.Tokens(text));

    private float[] Logits(IReadOnlyList<string> tokens)
    {
        var packed = Model.Packed;
        using var sink = new WeightSink(packed);
        Featurizer.Extract(tokens, sink);
        sink.Sum();
        var logits = (float[])Model.Biases.Clone();
        var norm = MathF.Sqrt(sink.Squares);
        if (norm == 0)
        {
            return logits;
        }

        for (var t = 0; t < logits.Length; t++)
        {
            logits[t] += sink.Sums[t] / norm;
        }

        return logits;
    }
}
