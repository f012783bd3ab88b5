namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>
/// One group in a report. <see cref="N"/> is the number of answers with an opinion (the base of the percentage);
/// every figure is null when the group is suppressed. Percentages 0-100, one decimal.
/// </summary>
public sealed record SatisfactionRow(
    string Group,
    string? Label,
    long Responses,
    long N,
    double? SatisfiedPct,
    double? CiLow,
    double? CiHigh,
    double? MeanGrade,
    double? MeanTrust,
    double? ResponseRatePct,
    bool Suppressed,
    string? SuppressionNote,
    Comparison? VersusNational);

/// <summary>A group against the rest of the country: "higher", "lower" or "same" (not significant at 5%).</summary>
public sealed record Comparison(string Direction, double PValue);

public sealed record TrendPoint(string Month, SatisfactionRow Row, Comparison? VersusPreviousMonth);

public sealed record SatisfactionReportResult(ReportQuery Query, IReadOnlyList<SatisfactionRow> Rows, SatisfactionRow National);
