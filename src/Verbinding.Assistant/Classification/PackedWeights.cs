using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Verbinding.Assistant.Classification;

/// <summary>
/// The scorer's copy of a <see cref="TopicModel"/>, laid out for the CPU cache: an open-addressing table whose
/// 64-byte slot (one cache line) holds a feature's 64-bit hash, a scale and its weight for every topic as a
/// signed byte. A lookup that finds its feature has its weights in the same line, so a message costs about one
/// cache miss per feature instead of five (dictionary bucket, entry, key string, and a 148-byte float row).
/// Per-feature scaling keeps each weight within 0.4 % of the feature's largest weight.
/// </summary>
internal sealed class PackedWeights
{
    private const int LineBytes = 64;
    private const int KeyBytes = sizeof(ulong);
    private const int HeaderBytes = KeyBytes + sizeof(float);
    private const double MaxLoad = 0.6;
    private const int VectorTopics = 48;

    private readonly byte[] _memory;
    private readonly int _start;
    private readonly int _stride;
    private readonly int _mask;
    private readonly int _shift;
    private readonly ulong _seed;
    private readonly bool _vectorised;

    public PackedWeights(IReadOnlyList<string> features, float[] weights, int topics)
    {
        Topics = topics;
        _vectorised = Vector256.IsHardwareAccelerated && topics <= VectorTopics;
        _stride = (HeaderBytes + topics + LineBytes - 1) / LineBytes * LineBytes;
        var capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Ceiling(features.Count / MaxLoad)));
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);

        // Pinned (never moved by the GC) so the slots can be aligned to cache lines once.
        _memory = GC.AllocateArray<byte>(capacity * _stride + LineBytes, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(_memory, 0);
        _start = (int)((LineBytes - address % LineBytes) % LineBytes);

        // A vocabulary collision would merge two features; another seed separates them.
        for (_seed = 0; !TryFill(features, weights); _seed++)
        {
            Array.Clear(_memory);
        }
    }

    public int Topics { get; }

    public ulong Hash(ReadOnlySpan<char> feature) => FeatureHash.Of(feature, _seed);

    /// <summary>Asks the CPU to start loading the feature's first slot, so a later <see cref="Find"/> need not wait.</summary>
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Slot((int)(key >> _shift))));
        }
    }

    /// <summary>The slot holding the weights of the feature with this <see cref="Hash"/>, or -1 when it is not in the vocabulary.</summary>
    public int Find(ulong key)
    {
        for (var slot = (int)(key >> _shift); ; slot = (slot + 1) & _mask)
        {
            var stored = Unsafe.ReadUnaligned<ulong>(ref Slot(slot));
            if (stored == key)
            {
                return slot;
            }

            if (stored == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>The length of the sums <see cref="AddTo"/> fills: 48 (six vectors of 8) on the vector path.</summary>
    public int PaddedTopics => _vectorised ? VectorTopics : Topics;

    /// <summary>
    /// Adds <paramref name="value"/> times the slot's weights to <paramref name="sums"/> (<see cref="PaddedTopics"/>
    /// long). Same sums, in the same order, on both paths: the vector path only does eight topics at a time.
    /// </summary>
    public void AddTo(int slot, float value, Span<float> sums)
    {
        ref var line = ref Slot(slot);
        var x = value * Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref line, KeyBytes));
        if (_vectorised)
        {
            // Topics 0-31 from bytes 12-43, topics 32-47 from bytes 44-59; bytes past the last topic are zero.
            AddVector(Vector256.LoadUnsafe(ref Unsafe.As<byte, sbyte>(ref Unsafe.Add(ref line, HeaderBytes))), x, sums);
            AddVector(Vector128.LoadUnsafe(ref Unsafe.As<byte, sbyte>(ref Unsafe.Add(ref line, HeaderBytes + 32))), x, sums[32..]);
            return;
        }

        var weights = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, sbyte>(ref Unsafe.Add(ref line, HeaderBytes)), Topics);
        for (var t = 0; t < weights.Length; t++)
        {
            sums[t] += x * weights[t];
        }
    }

    private static void AddVector(Vector256<sbyte> weights, float x, Span<float> sums)
    {
        var (low, high) = Vector256.Widen(weights);
        AddVector(low, x, sums);
        AddVector(high, x, sums[16..]);
    }

    private static void AddVector(Vector128<sbyte> weights, float x, Span<float> sums)
    {
        var (low, high) = Vector128.Widen(weights);
        AddVector(Vector256.Create(low, high), x, sums);
    }

    private static void AddVector(Vector256<short> weights, float x, Span<float> sums)
    {
        var (low, high) = Vector256.Widen(weights);
        var factor = Vector256.Create(x);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        (Vector256.LoadUnsafe(ref sum) + (factor * Vector256.ConvertToSingle(low))).StoreUnsafe(ref sum);
        (Vector256.LoadUnsafe(ref sum, 8) + (factor * Vector256.ConvertToSingle(high))).StoreUnsafe(ref sum, 8);
    }

    private bool TryFill(IReadOnlyList<string> features, float[] weights)
    {
        for (var f = 0; f < features.Count; f++)
        {
            var key = FeatureHash.Of(features[f], _seed);
            var slot = (int)(key >> _shift);
            ulong stored;
            while ((stored = Unsafe.ReadUnaligned<ulong>(ref Slot(slot))) != 0)
            {
                if (stored == key)
                {
                    return false;
                }

                slot = (slot + 1) & _mask;
            }

            Write(ref Slot(slot), key, weights.AsSpan(f * Topics, Topics));
        }

        return true;
    }

    private void Write(ref byte line, ulong key, ReadOnlySpan<float> row)
    {
        var largest = 0f;
        foreach (var weight in row)
        {
            largest = Math.Max(largest, Math.Abs(weight));
        }

        var scale = largest / sbyte.MaxValue;
        Unsafe.WriteUnaligned(ref line, key);
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref line, KeyBytes), scale);
        for (var t = 0; t < row.Length; t++)
        {
            var quantised = scale == 0 ? 0 : Math.Clamp(MathF.Round(row[t] / scale), sbyte.MinValue, sbyte.MaxValue);
            Unsafe.Add(ref line, HeaderBytes + t) = (byte)(sbyte)quantised;
        }
    }

    private ref byte Slot(int slot) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_memory), _start + (slot * _stride));
}
