using System.Globalization;
using System.Text;
using Verbinding.Calendar;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>The report as CSV for spreadsheets: the figures per unit and channel, then the breaches. Waits in seconds.</summary>
public static class ServiceLevelCsv
{
    public static string Write(ServiceLevelResult result)
    {
        var csv = new StringBuilder();
        csv.AppendLine("eenheid,kanaal,norm_seconden,contacten,beantwoord,afgehaakt,binnen_norm_procent,mediaan_wacht_seconden,p90_wacht_seconden,norm");
        foreach (var r in result.Rows)
        {
            // Working-time targets have no fixed length in seconds; the last column names every target.
            var clocked = r.Target is { CountsWorkingTime: false, Unit: not ServiceLevelUnit.CalendarDays };
            csv.AppendLine(string.Join(',', Field(r.QueueUnit), Field(r.Channel), clocked ? Seconds(Span(r.Target!)) : "", Number(r.Contacts),
                Number(r.Answered), r.Target is null ? "" : Number(r.Abandoned), r.WithinTargetPercent?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
                r.MedianWait is { } m ? Seconds(m) : "", r.P90Wait is { } p ? Seconds(p) : "",
                Field(r.Target is { } t ? $"{t.Amount} {t.Unit}" : "n.v.t.")));
        }
        if (result.LoggedOutcomes.Count > 0)
        {
            csv.AppendLine();
            csv.AppendLine("eenheid,kanaal,uitkomst,contacten");
            foreach (var o in result.LoggedOutcomes)
            {
                csv.AppendLine(string.Join(',', Field(o.EenheidId), Field(o.Channel), Field(o.Outcome), Number(o.Contacts)));
            }
        }
        csv.AppendLine();
        csv.AppendLine("referentie,eenheid,kanaal,in_wachtrij,gewacht_seconden,beantwoord,opgepakt_door");
        foreach (var b in result.Breaches)
        {
            csv.AppendLine(string.Join(',', Field(b.Reference), Field(b.QueueUnit), Field(b.Channel), Field(DutchTime.Format(b.QueuedAt)),
                Seconds(b.Waited), b.Answered ? "ja" : "nee", Field(b.ClaimedBy ?? "")));
        }
        return csv.ToString();
    }

    /// <summary>A clock target as a length of time (seconds, minutes); working-time targets have none.</summary>
    public static TimeSpan Span(ServiceLevel level) => level.Unit switch
    {
        ServiceLevelUnit.CalendarSeconds => TimeSpan.FromSeconds(level.Amount),
        ServiceLevelUnit.CalendarMinutes => TimeSpan.FromMinutes(level.Amount),
        ServiceLevelUnit.WorkingHours => TimeSpan.FromHours(level.Amount),
        _ => TimeSpan.FromDays(level.Amount),
    };

    private static string Seconds(TimeSpan span) => ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    // Quote always, and defuse cells a spreadsheet would run as a formula (a colleague's name is free text).
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
