using System.Buffers;

namespace Verbinding.Assistant.Classification;

/// <summary>
/// Collects a message's features as hashes and sums the weights of the distinct vocabulary features. Two
/// phases, because the weight table does not fit in the CPU caches: while the featurizer runs, each feature's
/// cache line is prefetched; <see cref="Sum"/> then finds them loaded instead of waiting for each in turn.
/// </summary>
internal sealed class WeightSink(PackedWeights packed) : IFeatureSink, IDisposable
{
    private readonly SlotSet _seen = new();
    private ulong[] _keys = ArrayPool<ulong>.Shared.Rent(256);
    private float[] _values = ArrayPool<float>.Shared.Rent(256);
    private int _count;

    /// <summary>Per topic, the weights times the feature values (not yet divided by the norm).</summary>
    public float[] Sums { get; } = new float[packed.PaddedTopics];

    /// <summary>The sum of the squared values of the vocabulary features: the norm's square.</summary>
    public float Squares { get; private set; }

    public void Add(ReadOnlySpan<char> feature, float weight)
    {
        if (_count == _keys.Length)
        {
            Grow();
        }

        var key = packed.Hash(feature);
        packed.Prefetch(key);
        _keys[_count] = key;
        _values[_count++] = weight;
    }

    /// <summary>Adds up the features in the order they came; only vocabulary features count towards the norm, as in training.</summary>
    public void Sum()
    {
        for (var i = 0; i < _count; i++)
        {
            var slot = packed.Find(_keys[i]);
            if (slot >= 0 && _seen.Add(slot))
            {
                Squares += _values[i] * _values[i];
                packed.AddTo(slot, _values[i], Sums);
            }
        }

        _count = 0;
    }

    public void Dispose()
    {
        _seen.Dispose();
        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<float>.Shared.Return(_values);
    }

    private void Grow()
    {
        var keys = ArrayPool<ulong>.Shared.Rent(_keys.Length * 2);
        var values = ArrayPool<float>.Shared.Rent(_keys.Length * 2);
        _keys.AsSpan(0, _count).CopyTo(keys);
        _values.AsSpan(0, _count).CopyTo(values);
        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<float>.Shared.Return(_values);
        (_keys, _values) = (keys, values);
    }
}
