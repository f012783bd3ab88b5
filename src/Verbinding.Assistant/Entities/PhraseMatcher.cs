namespace Verbinding.Assistant.Entities;

/// <summary>
/// Case-insensitive look-up of multi-word names ("Alphen aan den Rijn", "Google Pixel") by their first
/// word, without allocating: the dictionary is searched with spans of the message.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public PhraseMatcher(IEnumerable<(string Phrase, T Payload)> entries)
    {
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (text, payload) in entries)
        {
            var needsCapital = text.EndsWith('!');
            var words = text.TrimEnd('!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!phrases.TryGetValue(words[0], out var list))
            {
                phrases[words[0]] = list = [];
            }

            if (!list.Exists(p => p.Words.SequenceEqual(words, StringComparer.OrdinalIgnoreCase)))
            {
                list.Add(new Phrase(words, payload, needsCapital));
            }
        }

        var longestFirst = phrases.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _byFirstWord = longestFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Matches a phrase starting at the word <paramref name="start"/>..<paramref name="end"/>; returns its length from <paramref name="matchStart"/>, or 0.</summary>
    public int MatchAt(string text, int start, int end, out int matchStart, out T payload)
    {
        payload = default!;
        matchStart = start;
        var first = text.AsSpan(start, end - start);
        if (!_byFirstWord.TryGetValue(first, out var phrases))
        {
            if (first.Length < 2 || first[0] != '\'' || !_byFirstWord.TryGetValue(first[1..], out phrases))
            {
                return 0;
            }

            start++;
            matchStart = start;
        }

        foreach (var phrase in phrases)
        {
            var length = Follow(text, start, end, phrase);
            if (length > 0)
            {
                payload = phrase.Payload;
                return length;
            }
        }

        return 0;
    }

    private static int Follow(string text, int start, int end, Phrase phrase)
    {
        var capital = text[start] == '\'' ? start + 1 : start;
        if (phrase.NeedsCapital && (capital >= text.Length || !char.IsUpper(text[capital])))
        {
            return 0;
        }

        var position = end;
        for (var w = 1; w < phrase.Words.Length; w++)
        {
            var next = position;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next == position || next >= text.Length)
            {
                return 0;
            }

            var wordEnd = Words.End(text, next);
            if (!text.AsSpan(next, wordEnd - next).Equals(phrase.Words[w], StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            position = wordEnd;
        }

        return position - start;
    }

    private sealed record Phrase(string[] Words, T Payload, bool NeedsCapital);
}
