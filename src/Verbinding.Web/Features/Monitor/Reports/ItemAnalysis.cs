using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Instrument;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>The drivers of overall satisfaction for a period, unit and channel, read from the item aggregate only.</summary>
public sealed class ItemAnalysis(VerbindingDbContext db, Questionnaire questionnaire)
{
    /// <summary>The items in questionnaire order (the scale questions of group "items").</summary>
    public IReadOnlyList<Question> Items => [.. questionnaire.Questions.Where(q => q.Group == "items" && q.Kind == QuestionKinds.Scale)];

    public async Task<IReadOnlyList<ItemDriver>> DriversAsync(ReportQuery q, string? eenheid, CancellationToken ct)
    {
        var rows = db.Set<ItemAggregate>().AsNoTracking().Where(a => a.Month >= q.FromMonth && a.Month <= q.ToMonth);
        if (eenheid is not null)
        {
            rows = rows.Where(a => a.EenheidId == eenheid);
        }
        if (q.Channel is not null)
        {
            rows = rows.Where(a => a.Channel == q.Channel);
        }
        var counts = await rows.GroupBy(a => new { a.Item, a.Answer }).Select(g => new ItemAnswerCounts(g.Key.Item, g.Key.Answer,
            g.Sum(a => a.Responses), g.Sum(a => a.Rated), g.Sum(a => a.Satisfied), g.Sum(a => a.OverallSum), g.Sum(a => a.OverallSquareSum)))
            .ToListAsync(ct);
        var items = Items;
        return ItemDriverBuilder.Build(counts, questionnaire.ScaleOf(items[0]), items.Select(i => i.Id));
    }
}
