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
    public IReadOnlyList<TopicScore> Score(string text, IReadOnlySet<string>? excluded = null)
    {
        var logits = Logits(text);
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
    internal float[] Logits(string text)
    {
        var sink = new IndexSink(Model.Vocabulary);
        Featurizer.Extract(text, sink);
        var classes = Model.Topics.Count;
        var logits = (float[])Model.Biases.Clone();
        var norm = sink.Norm();
        if (norm == 0)
        {
            return logits;
        }

        var weights = Model.Weights.AsSpan();
        foreach (var (feature, value) in sink.Active)
        {
            var row = weights.Slice(feature * classes, classes);
            var x = value / norm;
            for (var t = 0; t < classes; t++)
            {
                logits[t] += x * row[t];
            }
        }

        return logits;
    }

    private sealed class IndexSink(Dictionary<string, int> vocabulary) : IFeatureSink
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup =
            vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();

        private float _squares;

        public Dictionary<int, float> Active { get; } = new(64);

        public void Add(ReadOnlySpan<char> feature, float weight)
        {
            // Only vocabulary features count towards the norm, exactly as in the training vectors.
            if (_lookup.TryGetValue(feature, out var index) && Active.TryAdd(index, weight))
            {
                _squares += weight * weight;
            }
        }

        public float Norm() => MathF.Sqrt(_squares);
    }
}
