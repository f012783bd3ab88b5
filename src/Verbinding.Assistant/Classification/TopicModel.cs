namespace Verbinding.Assistant.Classification;

/// <summary>
/// A trained linear (maximum-entropy) topic model: a feature vocabulary, weights laid out feature-major
/// (<c>Weights[feature * Topics.Count + topic]</c>) so one message touches a few contiguous rows, biases,
/// the softmax temperature found on cross-validation and the confidence threshold below which Wout asks.
/// </summary>
public sealed class TopicModel
{
    private readonly Lazy<PackedWeights> _packed;

    public TopicModel(
        IReadOnlyList<string> topics,
        IReadOnlyList<string> features,
        float[] weights,
        float[] biases,
        float temperature,
        float threshold)
    {
        if (weights.Length != features.Count * topics.Count || biases.Length != topics.Count)
        {
            throw new ArgumentException("Weights and biases do not match the topics and features.");
        }

        Topics = topics;
        Features = features;
        Weights = weights;
        Biases = biases;
        Temperature = temperature;
        Threshold = threshold;
        _packed = new Lazy<PackedWeights>(() => new PackedWeights(features, weights, topics.Count));
    }

    public IReadOnlyList<string> Topics { get; }

    public IReadOnlyList<string> Features { get; }

    /// <summary>The weights as the scorer reads them (built on first use, shared by every classifier of this model).</summary>
    internal PackedWeights Packed => _packed.Value;

    internal float[] Weights { get; }

    internal float[] Biases { get; }

    public float Temperature { get; }

    public float Threshold { get; }

    public TopicModel WithCalibration(float temperature, float threshold) =>
        new(Topics, Features, Weights, Biases, temperature, threshold);
}
