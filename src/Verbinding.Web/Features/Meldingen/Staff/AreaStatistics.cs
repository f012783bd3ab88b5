using System.Globalization;
using System.Text;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Meldingen.Staff;

/// <summary>The fields of a melding that statistics may use: no description, no contact, no house number.</summary>
public sealed record AreaFact(string CategoryId, DateTimeOffset SubmittedAt, string? Street, string MunicipalityCode, string? PostcodeArea);

public sealed record WeekCount(string Week, string CategoryId, int Count);

public sealed record Hotspot(string Kind, string Area, string CategoryId, int Count);

/// <summary>Counts per category and ISO week (Dutch time) and the streets and postcode areas with the most meldingen. Pure.</summary>
public static class AreaStatistics
{
    public static IReadOnlyList<WeekCount> PerWeek(IEnumerable<AreaFact> facts) => facts
        .GroupBy(f => (Week: IsoWeek(f.SubmittedAt), f.CategoryId))
        .Select(g => new WeekCount(g.Key.Week, g.Key.CategoryId, g.Count()))
        .OrderBy(w => w.Week, StringComparer.Ordinal).ThenBy(w => w.CategoryId, StringComparer.Ordinal)
        .ToList();

    /// <summary>Streets are grouped however they were written ("Hoofdstr." = "hoofdstraat"); shown as first written.</summary>
    public static IReadOnlyList<Hotspot> Hotspots(IEnumerable<AreaFact> facts, int top = 10)
    {
        var list = facts.ToList();
        var streets = list.Where(f => f.Street is not null)
            .GroupBy(f => (Street: BundleKeys.NormalizeStreet(f.Street!), f.MunicipalityCode, f.CategoryId))
            .Select(g => new Hotspot("straat", g.First().Street!, g.Key.CategoryId, g.Count()));
        var areas = list.Where(f => f.PostcodeArea is not null)
            .GroupBy(f => (f.PostcodeArea, f.CategoryId))
            .Select(g => new Hotspot("postcodegebied", g.Key.PostcodeArea!, g.Key.CategoryId, g.Count()));
        return streets.Concat(areas).OrderByDescending(h => h.Count).ThenBy(h => h.Area, StringComparer.Ordinal).Take(top).ToList();
    }

    public static string IsoWeek(DateTimeOffset at)
    {
        var local = DutchTime.ToLocal(at).DateTime;
        return $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):D2}";
    }

    /// <summary>Semicolon-separated (Dutch Excel), one line per week and category, then the hotspots.</summary>
    public static string Csv(string basisteam, IReadOnlyList<WeekCount> weeks, IReadOnlyList<Hotspot> hotspots)
    {
        var csv = new StringBuilder("soort;basisteam;week_of_gebied;categorie;aantal\n");
        foreach (var w in weeks)
        {
            csv.Append(CultureInfo.InvariantCulture, $"week;{Cell(basisteam)};{w.Week};{w.CategoryId};{w.Count}\n");
        }
        foreach (var h in hotspots)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{h.Kind};{Cell(basisteam)};{Cell(h.Area)};{h.CategoryId};{h.Count}\n");
        }
        return csv.ToString();
    }

    // Quote every free-text cell and neutralise spreadsheet formulas (CSV injection).
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
