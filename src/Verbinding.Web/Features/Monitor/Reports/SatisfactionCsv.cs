using System.Globalization;
using System.Text;

namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>CSV for spreadsheets: semicolons and decimal points; suppressed groups keep their name and count, never a figure.</summary>
public static class SatisfactionCsv
{
    public static string Write(SatisfactionReportResult result)
    {
        var csv = new StringBuilder("group;label;responses;n;satisfiedPct;ciLow;ciHigh;meanGrade;meanTrust;responseRatePct;versusNational;note\n");
        foreach (var row in result.Rows.Append(result.National))
        {
            csv.AppendJoin(';', Field(row.Group), Field(row.Label), row.Responses, row.N, Number(row.SatisfiedPct), Number(row.CiLow), Number(row.CiHigh),
                Number(row.MeanGrade), Number(row.MeanTrust), Number(row.ResponseRatePct), row.VersusNational?.Direction ?? "", Field(row.Suppressed ? row.SuppressionNote : null)).Append('\n');
        }
        return csv.ToString();
    }

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    // Quote everything textual; a leading =, +, - or @ would make a spreadsheet run it as a formula.
    private static string Field(string? text) => text is null ? "" : "\"" + (text.Length > 0 && "=+-@".Contains(text[0]) ? "'" + text : text).Replace("\"", "\"\"") + "\"";
}
