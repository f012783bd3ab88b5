using System.Text.RegularExpressions;

namespace Verbinding.Web.Tests.Security;

/// <summary>Replaces route parameters ({id:guid}, {**slug}, {token?}) in a route pattern.</summary>
public static partial class RouteValues
{
    public static string Replace(string pattern, Func<string, string> value) =>
        Parameter().Replace(pattern, m => Uri.EscapeDataString(value(m.Groups["name"].Value)));

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
