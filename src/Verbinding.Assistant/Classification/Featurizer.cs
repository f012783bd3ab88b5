using System.Buffers;
using Verbinding.Assistant.Text;

namespace Verbinding.Assistant.Classification;

/// <summary>Receives the features of one message; training collects strings, inference looks up indices.</summary>
internal interface IFeatureSink
{
    void Add(ReadOnlySpan<char> feature, float weight);
}

/// <summary>
/// One featurisation for training and inference, so the shipped weights mean the same thing at run time:
/// Dutch word stems, stem bigrams and character 3-5-grams over the normalised text (which catch typos,
/// compounds like "fietsendiefstal" and English words the Dutch stemmer does not know).
/// </summary>
internal static class Featurizer
{
    public const float WordWeight = 2f;
    public const float BigramWeight = 1f;
    public const float CharWeight = 1f;
    private const int MinGram = 3;
    private const int MaxGram = 5;

    [ThreadStatic]
    private static char[]? t_buffer;

    public static void Extract(string text, IFeatureSink sink) => Extract(TextNormalizer.Tokens(text), sink);

    /// <summary>The features of an already tokenised message (<see cref="TextNormalizer.Tokens"/>).</summary>
    public static void Extract(IReadOnlyList<string> tokens, IFeatureSink sink)
    {
        // Features are written into one reused buffer and handed over as spans: no string per feature.
        var padded = 1;
        var stems = ArrayPool<string>.Shared.Rent(Math.Max(1, tokens.Count));
        var longest = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            stems[i] = DutchStems.Of(tokens[i]);
            padded += tokens[i].Length + 1;
            longest = Math.Max(longest, stems[i].Length);
        }

        var featureArea = Math.Max(MaxGram + 2, 3 + (2 * longest));
        padded = Math.Max(padded, 2);
        var buffer = Buffer(featureArea + padded);
        var feature = buffer.AsSpan(0, featureArea);
        for (var i = 0; i < tokens.Count; i++)
        {
            var stem = stems[i];
            sink.Add(Compose(feature, "w:", stem, null), WordWeight);
            if (i > 0)
            {
                sink.Add(Compose(feature, "b:", stems[i - 1], stem), BigramWeight);
            }
        }

        ArrayPool<string>.Shared.Return(stems, clearArray: true);
        var text = Join(buffer.AsSpan(featureArea, padded), tokens);
        feature[0] = 'c';
        feature[1] = ':';
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var i = 0; i + n <= text.Length; i++)
            {
                text.Slice(i, n).CopyTo(feature[2..]);
                sink.Add(feature[..(n + 2)], CharWeight);
            }
        }
    }

    /// <summary>prefix + first, or prefix + first + " " + second for a bigram.</summary>
    private static ReadOnlySpan<char> Compose(Span<char> target, string prefix, string first, string? second)
    {
        prefix.CopyTo(target);
        first.CopyTo(target[prefix.Length..]);
        var length = prefix.Length + first.Length;
        if (second is not null)
        {
            target[length++] = ' ';
            second.CopyTo(target[length..]);
            length += second.Length;
        }

        return target[..length];
    }

    /// <summary>" token token ... ": the text the character n-grams are taken from, padded so word edges count.</summary>
    private static ReadOnlySpan<char> Join(Span<char> target, IReadOnlyList<string> tokens)
    {
        var length = 0;
        target[length++] = ' ';
        foreach (var token in tokens)
        {
            token.CopyTo(target[length..]);
            length += token.Length;
            target[length++] = ' ';
        }

        if (tokens.Count == 0)
        {
            target[length++] = ' ';
        }

        return target[..length];
    }

    private static char[] Buffer(int length)
    {
        if (t_buffer is null || t_buffer.Length < length)
        {
            t_buffer = new char[Math.Max(length, 512)];
        }

        return t_buffer;
    }

    public static IReadOnlyDictionary<string, float> ToDictionary(string text)
    {
        var sink = new DictionarySink();
        Extract(text, sink);
        return sink.Features;
    }

    private sealed class DictionarySink : IFeatureSink
    {
        public Dictionary<string, float> Features { get; } = new(StringComparer.Ordinal);

        // Presence, not counts: a repeated word in a chat message is emphasis, not more evidence.
        public void Add(ReadOnlySpan<char> feature, float weight) => Features.TryAdd(feature.ToString(), weight);
    }
}
