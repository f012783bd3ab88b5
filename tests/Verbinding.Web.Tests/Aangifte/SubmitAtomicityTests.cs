using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Features.VictimRights;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>Issue 5: the submit is one transaction, so a node cut off half-way leaves no aangifte without its follow-up.</summary>
public sealed class SubmitAtomicityTests
{
    [Fact]
    public async Task A_submit_cut_off_before_its_commit_stores_nothing_and_the_draft_can_be_sent_again()
    {
        var cutOff = new CutOffAfterWritingCase();
        await using var app = await VerbindingApplication.StartAsync(services: s => s
            .ConfigureDbContext<SqliteVerbindingDbContext>(o => o.AddInterceptors(cutOff))
            .ConfigureDbContext<PostgresVerbindingDbContext>(o => o.AddInterceptors(cutOff)));
        Assert.True(Bsn.TryParse("999990019", out var bsn));
        var draftId = await FillDraftAsync(app, bsn);

        cutOff.Active = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => SubmitAsync(app, bsn, draftId));

        // The case's rows were written in the same transaction as the aangifte; none of it was committed.
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SubmittedAangifte>().CountAsync(a => a.DraftId == draftId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CaseFile>().CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ServiceClockRecord>().CountAsync(c => c.SubjectType == "Aangifte")));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<VictimRegister>().CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxNotification>().CountAsync(n => n.IdempotencyKey.StartsWith("aangifte-receipt:"))));

        cutOff.Active = false;
        var sent = await SubmitAsync(app, bsn, draftId);
        var id = sent.Id.ToString();
        Assert.NotNull(sent.ClockId);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<SubmittedAangifte>().CountAsync(a => a.DraftId == draftId)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<CaseFile>().CountAsync(c => c.OriginId == id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<VictimRegister>().CountAsync(r => r.AangifteId == sent.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxNotification>().CountAsync(n => n.IdempotencyKey == $"aangifte-receipt:{id}")));
    }

    private static async Task<Guid> FillDraftAsync(VerbindingApplication app, Bsn bsn)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!;
        var draft = await aangiftes.StartDraftAsync(bsn, type, new EligibilityRecord([], 30, false, "test", false));
        for (var i = 0; i < AangifteFlow.BicycleSteps.Length; i++)
        {
            Assert.True((await aangiftes.SaveStepAsync(draft, i, AangifteFlow.BicycleSteps[i], StepMove.Next)).Check.IsValid, $"step {i}");
        }
        return draft.Id;
    }

    private static async Task<SubmittedAangifte> SubmitAsync(VerbindingApplication app, Bsn bsn, Guid draftId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AangifteService>().SubmitAsync(bsn, "Jan Jansen", draftId, "nl")).Aangifte!;
    }

    /// <summary>
    /// Fails a save that wrote a case, after its statements ran: a node dying before the commit when the case is
    /// saved with the aangifte, or just after the case's own commit when it is saved on its own (the old gap).
    /// </summary>
    private sealed class CutOffAfterWritingCase : SaveChangesInterceptor
    {
        private readonly ConditionalWeakTable<DbContext, object> _writingCase = [];

        public volatile bool Active;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (Active && eventData.Context!.ChangeTracker.Entries<CaseFile>().Any(e => e.State == EntityState.Added))
            {
                _writingCase.AddOrUpdate(eventData.Context, this);
            }
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default) =>
            _writingCase.Remove(eventData.Context!) ? throw new InvalidOperationException("Node cut off") : ValueTask.FromResult(result);
    }
}
