using System.Globalization;
using System.Text;

namespace Verbinding.Web.Features.Organisation;

/// <summary>One normal form for municipality names, used in the database index and by the resolver.</summary>
public static class MunicipalityNames
{
    /// <summary>
    /// Lower case, diacritics removed, apostrophes dropped, every other run of punctuation or space turned into one
    /// space: "'s-Gravenhage" and "s Gravenhage" both become "s gravenhage", "Súdwest-Fryslân" becomes "sudwest fryslan".
    /// </summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && !IsApostrophe(c))
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>"Bergen (NH.)" -> "Bergen"; "Utrecht (gemeente)" -> "Utrecht".</summary>
    public static string WithoutQualifier(string name)
    {
        var open = name.IndexOf('(');
        return open > 0 ? name[..open].TrimEnd() : name;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';
}
