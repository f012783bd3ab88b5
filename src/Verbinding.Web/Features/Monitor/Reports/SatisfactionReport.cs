using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>
/// Reports read the monthly aggregates only (never the responses), summed in the database per group, from the
/// smallest aggregate table that answers the question.
/// <paramref name="scopeEenheid"/> limits the groups to one unit; the national figure always covers the country.
/// </summary>
public sealed class SatisfactionReport(VerbindingDbContext db, ReferenceData reference)
{
    public async Task<SatisfactionReportResult> RunAsync(ReportQuery query, string? scopeEenheid, CancellationToken ct)
    {
        var eenheid = scopeEenheid ?? query.Eenheid;
        var national = GroupCounts.Sum("national", await GroupAsync(query, null, GroupBy.Month, ct));
        var groups = await GroupAsync(query, eenheid, query.GroupBy, ct);
        var rows = SatisfactionRowBuilder.ProtectAgainstDifferencing(groups
            .Select(g => SatisfactionRowBuilder.Build(g, LabelOf(query.GroupBy, g.Group), national))
            .OrderBy(r => query.GroupBy == GroupBy.Month ? r.Group : r.Label ?? r.Group, StringComparer.Ordinal)
            .ToList());
        return new SatisfactionReportResult(query, rows, SatisfactionRowBuilder.Build(national, "Nederland"));
    }

    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(ReportQuery query, string? scopeEenheid, CancellationToken ct)
    {
        var byMonth = (await GroupAsync(query, scopeEenheid ?? query.Eenheid, GroupBy.Month, ct)).ToDictionary(g => g.Group);
        var months = new List<GroupCounts>();
        for (var m = query.FromMonth; m <= query.ToMonth; m = ReportParameters.AddMonths(m, 1))
        {
            var name = ReportParameters.FormatMonth(m);
            months.Add(byMonth.GetValueOrDefault(name) ?? new GroupCounts(name, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        return SatisfactionRowBuilder.Trend(months);
    }

    private Task<List<GroupCounts>> GroupAsync(ReportQuery query, string? eenheid, GroupBy groupBy, CancellationToken ct) =>
        AggregateQuery.GroupAsync(db, query, eenheid, groupBy, ct);

    private string? LabelOf(GroupBy groupBy, string group) => groupBy switch
    {
        GroupBy.Eenheid => reference.Eenheden.FirstOrDefault(e => e.Id == group)?.Name,
        GroupBy.Basisteam => reference.Basisteams.FirstOrDefault(b => b.Id == group)?.Name,
        _ => null,
    };
}
