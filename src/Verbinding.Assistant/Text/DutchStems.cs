using System.Collections.Concurrent;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Verbinding.Assistant.Text;

/// <summary>
/// Dutch stems from Lucene.Net's <see cref="DutchAnalyzer"/> (Snowball stemmer plus its override
/// dictionary), cached per word: a chat vocabulary is small, and the analyzer costs microseconds per call.
/// Stop words keep their surface form, because "niet" and "geen" matter for understanding.
/// </summary>
public static class DutchStems
{
    private const int MaxCachedWords = 200_000;
    private static readonly DutchAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Of(string word)
    {
        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = Analyze(word);
        if (Cache.Count < MaxCachedWords)
        {
            Cache.TryAdd(word, stem);
        }

        return stem;
    }

    private static string Analyze(string word)
    {
        if (word.Length < 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        using var stream = Analyzer.GetTokenStream("text", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return stem;
    }
}
