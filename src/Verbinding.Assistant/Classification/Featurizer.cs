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

    public static void Extract(string text, IFeatureSink sink)
    {
        var tokens = TextNormalizer.Tokens(text);
        string? previous = null;
        foreach (var token in tokens)
        {
            var stem = DutchStems.Of(token);
            sink.Add(string.Concat("w:", stem), WordWeight);
            if (previous is not null)
            {
                sink.Add(string.Concat("b:", previous, " ", stem), BigramWeight);
            }

            previous = stem;
        }

        var padded = string.Concat(" ", string.Join(' ', tokens), " ");
        Span<char> gram = stackalloc char[MaxGram + 2];
        gram[0] = 'c';
        gram[1] = ':';
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                padded.AsSpan(i, n).CopyTo(gram[2..]);
                sink.Add(gram[..(n + 2)], CharWeight);
            }
        }
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
