using System.Globalization;
using System.Resources;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>
/// A category's name in Dutch and English ("Verwijzingen naar hulporganisaties / Referrals to support organisations"),
/// for the bilingual PDF; both languages at once, whatever the page's culture. Unknown categories keep their key.
/// </summary>
public static class CategoryNames
{
    private static readonly ResourceManager Text = new(typeof(PrivacyText));
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Bilingual(string category)
    {
        var key = "Category_" + category;
        var dutch = Text.GetString(key, CultureInfo.InvariantCulture);
        var english = Text.GetString(key, English);
        return dutch is null || english is null ? category : $"{dutch} / {english}";
    }
}
