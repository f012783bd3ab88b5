using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>
/// Reports read the monthly aggregates only (never the responses), summed in the database per group.
/// <paramref name="scopeEenheid"/> limits the groups to one unit; the national figure always covers the country.
/// </summary>
public sealed class SatisfactionReport(VerbindingDbContext db, ReferenceData reference)
{
    public async Task<SatisfactionReportResult> RunAsync(ReportQuery query, string? scopeEenheid, CancellationToken ct)
    {
        var eenheid = scopeEenheid ?? query.Eenheid;
        var national = GroupCounts.Sum("national", await GroupAsync(Filter(query, null), GroupBy.Month, ct));
        var groups = await GroupAsync(Filter(query, eenheid), query.GroupBy, ct);
        var rows = groups
            .Select(g => SatisfactionRowBuilder.Build(g, LabelOf(query.GroupBy, g.Group), national))
            .OrderBy(r => query.GroupBy == GroupBy.Month ? r.Group : r.Label ?? r.Group, StringComparer.Ordinal)
            .ToList();
        return new SatisfactionReportResult(query, rows, SatisfactionRowBuilder.Build(national, "Nederland"));
    }

    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(ReportQuery query, string? scopeEenheid, CancellationToken ct)
    {
        var byMonth = (await GroupAsync(Filter(query, scopeEenheid ?? query.Eenheid), GroupBy.Month, ct)).ToDictionary(g => g.Group);
        var months = new List<GroupCounts>();
        for (var m = query.FromMonth; m <= query.ToMonth; m = ReportParameters.AddMonths(m, 1))
        {
            var name = ReportParameters.FormatMonth(m);
            months.Add(byMonth.GetValueOrDefault(name) ?? new GroupCounts(name, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        return SatisfactionRowBuilder.Trend(months);
    }

    private IQueryable<SatisfactionAggregate> Filter(ReportQuery q, string? eenheid)
    {
        var rows = db.Set<SatisfactionAggregate>().AsNoTracking().Where(a => a.Month >= q.FromMonth && a.Month <= q.ToMonth);
        if (eenheid is not null)
        {
            rows = rows.Where(a => a.EenheidId == eenheid);
        }
        if (q.Channel is not null)
        {
            rows = rows.Where(a => a.Channel == q.Channel);
        }
        if (q.ContactType is not null)
        {
            rows = rows.Where(a => a.ContactType == q.ContactType);
        }
        if (q.Topic is not null)
        {
            rows = rows.Where(a => a.Topic == q.Topic);
        }
        return rows;
    }

    private Task<List<GroupCounts>> GroupAsync(IQueryable<SatisfactionAggregate> rows, GroupBy groupBy, CancellationToken ct) => groupBy switch
    {
        GroupBy.Eenheid => GroupAsync(rows, a => a.EenheidId, ct),
        GroupBy.Basisteam => GroupAsync(rows, a => a.BasisteamId, ct),
        GroupBy.Channel => GroupAsync(rows, a => a.Channel, ct),
        GroupBy.ContactType => GroupAsync(rows, a => a.ContactType, ct),
        GroupBy.Topic => GroupAsync(rows, a => a.Topic, ct),
        GroupBy.Month => GroupAsync(rows, a => a.Month, ct),
        // Wout alone or handed over only means something for chats with Wout.
        GroupBy.Wout => GroupAsync(rows.Where(a => a.Channel == "chat"), a => a.WoutOnly, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(groupBy)),
    };

    private static async Task<List<GroupCounts>> GroupAsync<TKey>(IQueryable<SatisfactionAggregate> rows, Expression<Func<SatisfactionAggregate, TKey>> key, CancellationToken ct)
    {
        var sums = await rows.GroupBy(key).Select(g => new
        {
            g.Key,
            Invited = g.Sum(a => a.Invited),
            Responses = g.Sum(a => a.Responses),
            Satisfied = g.Sum(a => a.VerySatisfied + a.Satisfied),
            NoOpinion = g.Sum(a => a.NoOpinion),
            GradeSum = g.Sum(a => a.GradeSum),
            GradeCount = g.Sum(a => a.GradeCount),
            TrustSum = g.Sum(a => a.TrustSum),
            TrustCount = g.Sum(a => a.TrustCount),
        }).ToListAsync(ct);
        return sums.Select(s => new GroupCounts(KeyName(s.Key), s.Invited, s.Responses, s.Satisfied, s.Responses - s.NoOpinion,
            s.GradeSum, s.GradeCount, s.TrustSum, s.TrustCount)).ToList();
    }

    private static string KeyName<TKey>(TKey key) => key switch
    {
        int month => ReportParameters.FormatMonth(month),
        bool woutOnly => woutOnly ? "wout-alleen" : "overgenomen",
        _ => key?.ToString() ?? "",
    };

    private string? LabelOf(GroupBy groupBy, string group) => groupBy switch
    {
        GroupBy.Eenheid => reference.Eenheden.FirstOrDefault(e => e.Id == group)?.Name,
        GroupBy.Basisteam => reference.Basisteams.FirstOrDefault(b => b.Id == group)?.Name,
        _ => null,
    };
}
