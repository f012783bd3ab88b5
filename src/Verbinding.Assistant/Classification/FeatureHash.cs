namespace Verbinding.Assistant.Classification;

/// <summary>
/// A 64-bit hash of a feature string (FNV-1a over its UTF-16 chars, then a murmur finaliser), so the scorer
/// can look a feature up without building or comparing strings. Two different features share a hash with
/// a chance of about 2^-64 per lookup; <see cref="PackedWeights"/> checks the vocabulary itself for collisions.
/// </summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> feature, ulong seed)
    {
        var hash = OffsetBasis ^ seed;
        foreach (var c in feature)
        {
            hash = (hash ^ c) * Prime;
        }

        // FNV's low bits mix poorly for short strings; the finaliser spreads every input bit over the slot index.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash == 0 ? 1 : hash;
    }
}
