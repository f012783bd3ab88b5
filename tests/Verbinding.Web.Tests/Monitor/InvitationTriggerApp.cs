using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Monitor;

/// <summary>Intent methods for the invitation triggers: close a contact, let time pass, run the scheduler as a node would.</summary>
public static class InvitationTriggerApp
{
    public static InvitationTriggerOptions Now(double rate = 1.0) => new() { Delay = TimeSpan.Zero, SamplingRate = rate };

    public static InvitationTriggerOptions Later(double rate = 1.0) => new() { Delay = TimeSpan.FromDays(2), SamplingRate = rate };

    public static ClosedContact Contact(string? reference = null, string? citizen = null, string topic = "aangifte-fietsendiefstal", string? email = "burger@example.nl") =>
        new(reference ?? "aangifte:" + Guid.NewGuid(), citizen ?? Guid.NewGuid().ToString("N"), email, "nl", MonitorData.Contact(topic: topic));

    public static async Task<ScheduleOutcome> CloseAsync(this VerbindingApplication app, ClosedContact contact, InvitationTriggerOptions trigger)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SurveyTriggers>().ScheduleAsync(contact, trigger);
    }

    /// <summary>One scheduler run, in its own scope, as the background service on one node does it.</summary>
    public static async Task<int> RunSchedulerAsync(this VerbindingApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SurveyInvitationScheduler>().ProcessDueAsync(default);
    }

    /// <summary>Lets the delay pass for the given contacts.</summary>
    public static Task MakeDueAsync(this VerbindingApplication app, params string[] references) =>
        app.WithDbAsync(db => db.Set<ScheduledSurveyInvitation>().Where(s => references.Contains(s.ContactReference))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1))));

    public static Task<ScheduledSurveyInvitation?> ScheduledAsync(this VerbindingApplication app, string reference) =>
        app.WithDbAsync(db => db.Set<ScheduledSurveyInvitation>().AsNoTracking().SingleOrDefaultAsync(s => s.ContactReference == reference));

    public static Task<SurveyInvitation?> InvitationAsync(this VerbindingApplication app, string reference) =>
        app.WithDbAsync(db => db.Set<SurveyInvitation>().AsNoTracking().SingleOrDefaultAsync(i => i.ContactReference == reference));

    /// <summary>The invitation e-mails in the outbox for these invitations.</summary>
    public static Task<List<OutboxNotification>> InvitationEmailsAsync(this VerbindingApplication app, IReadOnlyCollection<Guid> invitationIds)
    {
        var keys = invitationIds.Select(id => $"survey-invitation:{id}").ToList();
        return app.WithDbAsync(db => db.Set<OutboxNotification>().AsNoTracking().Where(n => keys.Contains(n.IdempotencyKey)).ToListAsync());
    }
}
