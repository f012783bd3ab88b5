using System.Globalization;
using System.Resources;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>Both languages of a string from <c>MeldingenText.resx</c> at once: API errors and notifications carry Dutch and English.</summary>
public static class MeldingTexts
{
    private static readonly ResourceManager Resources = new(typeof(MeldingenText).FullName!, typeof(MeldingenText).Assembly);
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static LocalText Get(string key, params object[] args) => new(Format(key, Dutch, args), Format(key, English, args));

    private static string Format(string key, CultureInfo culture, object[] args)
    {
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text {key}");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
