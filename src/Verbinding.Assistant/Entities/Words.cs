namespace Verbinding.Assistant.Entities;

/// <summary>
/// Word boundaries for gazetteer look-ups. A word may hold inner hyphens and apostrophes
/// ("Sittard-Geleen", "'s-Hertogenbosch") so place names stay one word.
/// </summary>
internal static class Words
{
    public static int NextStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var startsWord = char.IsLetterOrDigit(text[i])
                || (text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]));
            if (startsWord && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                return i;
            }

            if (startsWord)
            {
                i = End(text, i) - 1;
            }
        }

        return -1;
    }

    public static int End(string text, int start)
    {
        var i = text[start] == '\'' ? start + 1 : start;
        while (i < text.Length)
        {
            var inner = (text[i] == '-' || text[i] == '\'') && i > start && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (!char.IsLetterOrDigit(text[i]) && !inner)
            {
                break;
            }

            i++;
        }

        return i;
    }
}
