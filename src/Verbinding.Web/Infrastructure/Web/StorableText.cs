using System.Text;

namespace Verbinding.Web.Infrastructure.Web;

/// <summary>
/// Text the databases can store: no control characters except line breaks and tabs, and no broken surrogate
/// pairs. PostgreSQL refuses NUL in text and UTF-8 cannot encode a lone surrogate, so such input would otherwise
/// fail at the database with a server error instead of a clear answer.
/// </summary>
public static class StorableText
{
    public static bool IsStorable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var width = CharWidth(value, i);
            if (width == 0)
            {
                return false;
            }
            i += width - 1;
        }
        return true;
    }

    /// <summary>Drops the characters that cannot be stored (they are invisible to the person who typed the text).</summary>
    public static string Strip(string value)
    {
        if (IsStorable(value))
        {
            return value;
        }
        var kept = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var width = CharWidth(value, i);
            if (width > 0)
            {
                kept.Append(value, i, width);
                i += width - 1;
            }
        }
        return kept.ToString();
    }

    // 0 = not storable, 1 = a normal char, 2 = a valid surrogate pair.
    private static int CharWidth(string value, int i)
    {
        var c = value[i];
        if (char.IsControl(c))
        {
            return c is '\n' or '\r' or '\t' ? 1 : 0;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 0;
        }
        return char.IsLowSurrogate(c) ? 0 : 1;
    }
}
