using System.Globalization;
using Verbinding.Web.Features.Monitor.Reports;

namespace Verbinding.Cli.Monitor;

/// <summary>A plain text table for operators at a terminal.</summary>
internal static class ReportTable
{
    public static void Write(TextWriter output, SatisfactionReportResult result, double elapsedMs)
    {
        output.WriteLine($"{"group",-32} {"n",9} {"% satisfied",12} {"95% CI",15} {"grade",6} {"vs NL",7}");
        foreach (var row in result.Rows.Append(result.National))
        {
            var figures = row.Suppressed
                ? "te weinig reacties (minder dan 10)"
                : string.Create(CultureInfo.InvariantCulture, $"{row.SatisfiedPct,12:0.0} {$"{row.CiLow:0.0}-{row.CiHigh:0.0}",15} {row.MeanGrade,6:0.0} {row.VersusNational?.Direction,7}");
            output.WriteLine($"{Truncate(row.Label ?? row.Group),-32} {row.N,9} {figures}");
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({elapsedMs:0.0} ms)"));
    }

    private static string Truncate(string text) => text.Length <= 32 ? text : text[..31] + "…";
}
