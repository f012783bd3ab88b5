using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>
/// Receipt and registration numbers are random, so some draws hit a number already issued. The load benchmark met
/// this: a submit then failed with an error instead of drawing again. Now the citizen and the officer never notice.
/// </summary>
public sealed class NumberCollisionTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_receipt_number_already_issued_today_is_drawn_again_and_the_aangifte_is_stored_once()
    {
        var numbers = new RepeatingNumbers();
        await using var app = await VerbindingApplication.StartAsync(services: s => s.AddSingleton<AangifteNumberSource>(numbers));
        var first = await SubmitNewAsync(app, "999990019");
        var taken = first.ReceiptNumber;

        numbers.Receipts.Enqueue(taken);
        numbers.Receipts.Enqueue(taken);
        var second = await SubmitNewAsync(app, "999990020");

        Assert.NotEqual(taken, second.ReceiptNumber);
        Assert.Empty(numbers.Receipts);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<SubmittedAangifte>().CountAsync(a => a.DraftId == second.DraftId, Ct)));
        var id = second.Id.ToString();
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxNotification>().CountAsync(n => n.IdempotencyKey == $"aangifte-receipt:{id}", Ct)));
        var receipt = await app.WithDbAsync(db => db.Set<OutboxNotification>().SingleAsync(n => n.IdempotencyKey == $"aangifte-receipt:{id}", Ct));
        Assert.Contains(second.ReceiptNumber, receipt.ModelJson);
        Assert.DoesNotContain(taken, receipt.ModelJson);
    }

    [Fact]
    public async Task A_receipt_number_that_keeps_colliding_is_reported_not_hidden()
    {
        var numbers = new RepeatingNumbers();
        await using var app = await VerbindingApplication.StartAsync(services: s => s.AddSingleton<AangifteNumberSource>(numbers));
        var taken = (await SubmitNewAsync(app, "999990019")).ReceiptNumber;
        for (var i = 0; i < AangifteNumberSource.MaxDraws; i++)
        {
            numbers.Receipts.Enqueue(taken);
        }
        await Assert.ThrowsAsync<DbUpdateException>(() => SubmitNewAsync(app, "999990020"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<SubmittedAangifte>().CountAsync(Ct)));
    }

    [Fact]
    public async Task A_registration_number_already_issued_is_drawn_again_on_approval()
    {
        var numbers = new RepeatingNumbers();
        await using var app = await VerbindingApplication.StartAsync(services: s => s.AddSingleton<AangifteNumberSource>(numbers));
        var first = await ApproveAsync(app, (await SubmitNewAsync(app, "999990019")).Id);
        var second = await SubmitNewAsync(app, "999990020");

        numbers.Registrations.Enqueue(first.RegistrationNumber!);
        var approved = await ApproveAsync(app, second.Id);

        Assert.NotEqual(first.RegistrationNumber, approved.RegistrationNumber);
        Assert.Equal(AangifteStatus.Geregistreerd, approved.Status);
        // The failed first try left no second "registered" entry on the citizen's timeline.
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<AangifteStatusChange>()
            .CountAsync(c => c.AangifteId == second.Id && c.Status == AangifteStatus.Geregistreerd, Ct)));
    }

    private static async Task<SubmittedAangifte> SubmitNewAsync(VerbindingApplication app, string citizen)
    {
        Assert.True(Bsn.TryParse(citizen, out var bsn));
        await using var scope = app.Services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!;
        var draft = await aangiftes.StartDraftAsync(bsn, type, new EligibilityRecord([], 30, false, "test", false), ct: Ct);
        for (var i = 0; i < AangifteFlow.BicycleSteps.Length; i++)
        {
            Assert.True((await aangiftes.SaveStepAsync(draft, i, AangifteFlow.BicycleSteps[i], StepMove.Next, Ct)).Check.IsValid, $"step {i}");
        }
        return (await aangiftes.SubmitAsync(bsn, "Jan Jansen", draft.Id, "nl", Ct)).Aangifte!;
    }

    private static async Task<SubmittedAangifte> ApproveAsync(VerbindingApplication app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IntakeService>().ApproveAsync(new StaffScope("test", null, true), id, Ct))!;
    }

    /// <summary>Hands out the queued numbers first, then random ones as in production.</summary>
    private sealed class RepeatingNumbers : AangifteNumberSource
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Receipts { get; } = new();

        public System.Collections.Concurrent.ConcurrentQueue<string> Registrations { get; } = new();

        public override string Receipt(DateTimeOffset localNow) => Receipts.TryDequeue(out var next) ? next : base.Receipt(localNow);

        public override string Registration(DateTimeOffset localNow) => Registrations.TryDequeue(out var next) ? next : base.Registration(localNow);
    }
}
