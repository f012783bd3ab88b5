using System.Globalization;
using System.Text;

namespace Verbinding.Assistant.Text;

/// <summary>
/// Turns a chat message into lower-case, diacritic-free word tokens with common chat abbreviations and
/// typos spelled out, so "Mn fiets is gejat!!" and "mijn fiets is gejat" look the same to every later step.
/// </summary>
public static class TextNormalizer
{
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>(16);
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || folded[i] == '\'');
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                AddToken(tokens, folded.AsSpan(start, i - start));
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>The tokens joined by single spaces: the text the character n-grams are taken from.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokens(text));

    private static void AddToken(List<string> tokens, ReadOnlySpan<char> raw)
    {
        var token = raw.Trim('\'');
        if (token.IsEmpty)
        {
            return;
        }

        var text = token.ToString();
        if (ChatAbbreviations.Expansions.TryGetValue(text, out var expansion))
        {
            tokens.AddRange(expansion);
            return;
        }

        tokens.Add(SqueezeRepeats(text));
    }

    /// <summary>"hallooooo" -> "halloo": three or more equal letters are chat emphasis, not spelling.</summary>
    private static string SqueezeRepeats(string token)
    {
        if (!HasRepeatedLetter(token))
        {
            return token;
        }

        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            var n = builder.Length;
            if (n >= 2 && builder[n - 1] == c && builder[n - 2] == c && char.IsLetter(c))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool HasRepeatedLetter(string token)
    {
        for (var i = 2; i < token.Length; i++)
        {
            if (token[i] == token[i - 1] && token[i] == token[i - 2] && char.IsLetter(token[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-cases and removes diacritics ("geïnd" -> "geind", "café" -> "cafe"); curly quotes become '.</summary>
    internal static string Fold(string text)
    {
        // Most messages are plain ASCII: nothing to decompose, so skip Unicode normalisation and its copies.
        if (Ascii.IsValid(text))
        {
            return string.Create(text.Length, text, static (target, source) =>
            {
                Ascii.ToLower(source, target, out _);
                target.Replace('`', '\'');
            });
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00b4' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }
}
