using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Calendar;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Tests.Infrastructure;
using Clocks = Verbinding.Web.Features.ServiceClocks.ServiceClocks;

namespace Verbinding.Web.Tests.ServiceClocks;

public sealed class ServiceClockTests
{
    private static async Task<T> InScopeAsync<T>(VerbindingApplication app, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static Task<ServiceClockRecord> StartAsync(VerbindingApplication app, string subject, string eenheid, string level, DateTimeOffset? startedAt = null) =>
        InScopeAsync(app, sp => sp.GetRequiredService<Clocks>().StartAsync("contact", subject, eenheid, level, startedAt));

    [Fact]
    public async Task An_email_unanswered_for_weeks_is_escalated_once_and_audited()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var late = await StartAsync(app, "mail-late", "rotterdam", "email-first-response", DateTimeOffset.UtcNow.AddDays(-21));
        var fresh = await StartAsync(app, "mail-fresh", "rotterdam", "victim-status-update");
        var overdue = await StartAsync(app, "whatsapp-late", "rotterdam", "messaging-first-response", DateTimeOffset.UtcNow.AddHours(-2));

        await InScopeAsync(app, sp => sp.GetRequiredService<ServiceClockSweep>().RunAsync());
        await InScopeAsync(app, sp => sp.GetRequiredService<ServiceClockSweep>().RunAsync()); // a second sweep changes nothing

        var (lateRow, freshRow, overdueRow) = await app.WithDbAsync(async db => (
            await db.Set<ServiceClockRecord>().SingleAsync(c => c.Id == late.Id),
            await db.Set<ServiceClockRecord>().SingleAsync(c => c.Id == fresh.Id),
            await db.Set<ServiceClockRecord>().SingleAsync(c => c.Id == overdue.Id)));
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == "ServiceClock" && e.Action != "clock.start")
            .Select(e => e.Action + " " + e.EntityId + " " + e.EenheidId).ToListAsync());
        Assert.Equal(ClockState.LongOverdue, lateRow.State);
        Assert.NotNull(lateRow.EscalatedAt);
        Assert.Equal(ClockState.Running, freshRow.State);
        Assert.Null(freshRow.EscalatedAt);
        Assert.Equal(ClockState.Overdue, overdueRow.State);
        Assert.Null(overdueRow.EscalatedAt);
        Assert.Equal(
            [$"clock.escalate {late.Id} rotterdam", $"clock.overdue {overdue.Id} rotterdam"],
            audited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Waiting_for_the_citizen_pauses_the_clock_and_every_step_is_audited()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var clock = await StartAsync(app, "case-1", "amsterdam", "victim-status-update");
        var paused = await InScopeAsync(app, sp => sp.GetRequiredService<Clocks>().PauseAsync(clock.Id));
        Assert.Equal(ClockState.Paused, paused.State);
        Assert.Null(paused.Due); // depends on when the citizen answers

        var resumed = await InScopeAsync(app, sp => sp.GetRequiredService<Clocks>().ResumeAsync(clock.Id));
        Assert.Equal(ClockState.Running, resumed.State);
        Assert.True(resumed.Due >= clock.Due);
        var stopped = await InScopeAsync(app, sp => sp.GetRequiredService<Clocks>().StopAsync(clock.Id));
        Assert.Equal(ClockState.Met, stopped.State);

        var actions = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityId == clock.Id.ToString())
            .OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["clock.start", "clock.pause", "clock.resume", "clock.stop"], actions);
    }

    [Fact]
    public async Task A_stopped_clock_cannot_be_paused()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var clock = await StartAsync(app, "chat-1", "limburg", "webchat-first-response");
        await InScopeAsync(app, sp => sp.GetRequiredService<Clocks>().StopAsync(clock.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync(app, sp => sp.GetRequiredService<Clocks>().PauseAsync(clock.Id)));
    }

    [Fact]
    public async Task An_unknown_unit_or_service_level_is_refused_at_start()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await Assert.ThrowsAsync<UnknownUnitException>(() => StartAsync(app, "x", "atlantis", "email-first-response"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => StartAsync(app, "x", "rotterdam", "carrier-pigeon"));
    }
}
