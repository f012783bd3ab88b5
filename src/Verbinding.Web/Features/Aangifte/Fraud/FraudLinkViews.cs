namespace Verbinding.Web.Features.Aangifte;

/// <summary>"This IBAN appears in N other reports (M units, EUR X in total)": counts only, no other report's content.</summary>
public sealed record IdentifierLinkSummary(string Kind, string Value, int OtherReports, int Units, decimal Total);

/// <summary>
/// Another report in the series. <see cref="Id"/> is only set when the viewer's unit may open it; for another unit's
/// report the viewer gets the reference, unit, date and amount and nothing personal.
/// </summary>
public sealed record LinkedReport(Guid? Id, string Reference, string EenheidId, string EenheidName, DateTimeOffset SubmittedAt, decimal Amount);

public sealed record SeriesGroup(string Kind, string Value, IReadOnlyList<LinkedReport> Reports);
