using System.Globalization;

namespace Verbinding.Web.Features.Monitor.Reports;

public enum GroupBy { Eenheid, Basisteam, Channel, ContactType, Topic, Month, Wout }

/// <summary>What to report: a grouping, a month range (yyyymm, inclusive) and optional filters.</summary>
public sealed record ReportQuery(
    GroupBy GroupBy, int FromMonth, int ToMonth, string? Eenheid = null, string? Channel = null, string? ContactType = null, string? Topic = null);

public static class ReportParameters
{
    public static readonly IReadOnlyDictionary<string, GroupBy> GroupNames = new Dictionary<string, GroupBy>(StringComparer.OrdinalIgnoreCase)
    {
        ["eenheid"] = GroupBy.Eenheid,
        ["basisteam"] = GroupBy.Basisteam,
        ["channel"] = GroupBy.Channel,
        ["contact-type"] = GroupBy.ContactType,
        ["topic"] = GroupBy.Topic,
        ["month"] = GroupBy.Month,
        ["wout"] = GroupBy.Wout,
    };

    public static string NameOf(GroupBy groupBy) => GroupNames.First(g => g.Value == groupBy).Key;

    /// <summary>Accepts "2026-03" or a date "2026-03-15" (its month); null when absent, throws nothing.</summary>
    public static bool TryParseMonth(string? value, out int? month)
    {
        month = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        string[] formats = ["yyyy-MM", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            month = date.Year * 100 + date.Month;
            return true;
        }
        return false;
    }

    /// <summary>The default period: the last twelve months up to and including <paramref name="now"/>'s month.</summary>
    public static (int From, int To) DefaultRange(DateTimeOffset now)
    {
        var to = Data.ContactMetadata.MonthOf(now);
        var from = AddMonths(to, -11);
        return (from, to);
    }

    public static int AddMonths(int month, int count)
    {
        var index = month / 100 * 12 + (month % 100 - 1) + count;
        return index / 12 * 100 + index % 12 + 1;
    }

    public static string FormatMonth(int month) => $"{month / 100:D4}-{month % 100:D2}";
}
