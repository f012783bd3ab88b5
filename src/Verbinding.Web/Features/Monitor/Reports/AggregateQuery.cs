using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>
/// Sums the aggregate counts per group in the database, reading the smallest aggregate table that keeps every
/// dimension the grouping and the filters need (see <see cref="AggregateLevels"/>).
/// </summary>
public static class AggregateQuery
{
    public static AggregateDimensions Needs(ReportQuery q, GroupBy groupBy)
    {
        var needed = groupBy switch
        {
            GroupBy.Basisteam => AggregateDimensions.Basisteam,
            GroupBy.Channel => AggregateDimensions.Channel,
            GroupBy.ContactType => AggregateDimensions.ContactType,
            GroupBy.Topic => AggregateDimensions.Topic,
            GroupBy.Wout => AggregateDimensions.Wout | AggregateDimensions.Channel,
            _ => AggregateDimensions.None,
        };
        if (q.Channel is not null)
        {
            needed |= AggregateDimensions.Channel;
        }
        if (q.ContactType is not null)
        {
            needed |= AggregateDimensions.ContactType;
        }
        if (q.Topic is not null)
        {
            needed |= AggregateDimensions.Topic;
        }
        return needed;
    }

    public static Task<List<GroupCounts>> GroupAsync(VerbindingDbContext db, ReportQuery q, string? eenheid, GroupBy groupBy, CancellationToken ct)
    {
        var level = AggregateLevels.Coarsest(Needs(q, groupBy));
        return level == AggregateLevels.Unit ? GroupAsync(db.Set<UnitSatisfactionAggregate>(), q, eenheid, groupBy, ct)
            : level == AggregateLevels.Topic ? GroupAsync(db.Set<TopicSatisfactionAggregate>(), q, eenheid, groupBy, ct)
            : level == AggregateLevels.Team ? GroupAsync(db.Set<TeamSatisfactionAggregate>(), q, eenheid, groupBy, ct)
            : GroupAsync(db.Set<SatisfactionAggregate>(), q, eenheid, groupBy, ct);
    }

    private static Task<List<GroupCounts>> GroupAsync<T>(IQueryable<T> table, ReportQuery q, string? eenheid, GroupBy groupBy, CancellationToken ct)
        where T : AggregateCounts
    {
        var rows = table.AsNoTracking().Where(a => a.Month >= q.FromMonth && a.Month <= q.ToMonth);
        if (eenheid is not null)
        {
            rows = rows.Where(a => a.EenheidId == eenheid);
        }
        rows = Equal(rows, "Channel", q.Channel);
        rows = Equal(rows, "ContactType", q.ContactType);
        rows = Equal(rows, "Topic", q.Topic);
        return groupBy switch
        {
            GroupBy.Eenheid => SumAsync(rows, a => a.EenheidId, ct),
            GroupBy.Basisteam => SumAsync(rows, a => EF.Property<string>(a, "BasisteamId"), ct),
            GroupBy.Channel => SumAsync(rows, a => EF.Property<string>(a, "Channel"), ct),
            GroupBy.ContactType => SumAsync(rows, a => EF.Property<string>(a, "ContactType"), ct),
            GroupBy.Topic => SumAsync(rows, a => EF.Property<string>(a, "Topic"), ct),
            GroupBy.Month => SumAsync(rows, a => a.Month, ct),
            // Wout alone or handed over only means something for chats with Wout.
            GroupBy.Wout => SumAsync(rows.Where(a => EF.Property<string>(a, "Channel") == "chat"), a => EF.Property<bool>(a, "WoutOnly"), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy)),
        };
    }

    private static IQueryable<T> Equal<T>(IQueryable<T> rows, string column, string? value) where T : AggregateCounts =>
        value is null ? rows : rows.Where(a => EF.Property<string>(a, column) == value);

    private static async Task<List<GroupCounts>> SumAsync<T, TKey>(IQueryable<T> rows, Expression<Func<T, TKey>> key, CancellationToken ct)
        where T : AggregateCounts
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
        return [.. sums.Select(s => new GroupCounts(KeyName(s.Key), s.Invited, s.Responses, s.Satisfied, s.Responses - s.NoOpinion,
            s.GradeSum, s.GradeCount, s.TrustSum, s.TrustCount))];
    }

    private static string KeyName<TKey>(TKey key) => key switch
    {
        int month => ReportParameters.FormatMonth(month),
        bool woutOnly => woutOnly ? "wout-alleen" : "overgenomen",
        _ => key?.ToString() ?? "",
    };
}
