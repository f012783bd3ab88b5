using Microsoft.Extensions.Localization;
using Verbinding.VictimRights;

namespace Verbinding.Web.Features.VictimRights.Pages;

/// <summary>Turns a history code ("choice:keepInformed=false", "obligation:interpreter=Met") into a line a citizen can read.</summary>
public static class ChangeText
{
    public static string Describe(string change, string language, IStringLocalizer<VictimRightsText> t)
    {
        var (kind, rest) = change.IndexOf(':') is var i and > 0 ? (change[..i], change[(i + 1)..]) : (change, "");
        var (name, value) = rest.IndexOf('=') is var j and > 0 ? (rest[..j], rest[(j + 1)..]) : (rest, "");
        return kind switch
        {
            "register" => t["Change_created"],
            "assessment" => $"{t["AssessmentTitle"]}: {t["Assessment_" + value]}",
            "choice" when name == "language" => $"{t["Choice_language"]}: {t["Lang_" + value]}",
            "choice" => $"{t["Choice_" + name]}: {t["Value_" + value]}",
            "obligation" when RightCatalog.All.Any(r => r.Id == name) => $"{RightCatalog.Get(name).Title(language)}: {t["Status_" + value]}",
            _ => change,
        };
    }
}
