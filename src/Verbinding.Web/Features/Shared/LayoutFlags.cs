using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Verbinding.Web.Features.Shared;

/// <summary>ViewData keys a page sets to switch parts of the layout on.</summary>
public static class LayoutFlags
{
    /// <summary>
    /// Shows the "Snel weg" (quick exit) button. Set it on pages someone may need to hide quickly,
    /// for example help for domestic violence: <c>ViewData[LayoutFlags.QuickExit] = true;</c>
    /// </summary>
    public const string QuickExit = "QuickExit";

    public static bool IsOn(ViewDataDictionary viewData, string flag) => viewData[flag] is true;
}
