using System.Globalization;

namespace Verbinding.Web.Infrastructure.Localization;

/// <summary>The languages of the site. "nl" and "en" are listed too so <c>?culture=en</c> works.</summary>
public static class SiteCultures
{
    public const string Default = "nl-NL";
    public const string English = "en-GB";

    public static readonly IReadOnlyList<string> Supported = [Default, "nl", English, "en"];

    /// <summary>Maps a requested language ("en", "EN-us", "nl") to a site culture, or null when unsupported.</summary>
    public static string? Normalize(string? requested) =>
        requested?.Trim().ToLowerInvariant() switch
        {
            "nl" or "nl-nl" => Default,
            "en" or "en-gb" or "en-us" => English,
            _ => null,
        };

    /// <summary>The value for <c>&lt;html lang&gt;</c>: the two-letter language of the current UI culture.</summary>
    public static string HtmlLang => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static bool IsEnglish => HtmlLang == "en";
}
