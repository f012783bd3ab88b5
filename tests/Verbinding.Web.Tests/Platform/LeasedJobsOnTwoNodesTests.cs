using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Appointments;
using Verbinding.Web.Tests.Privacy;
using Clocks = Verbinding.Web.Features.ServiceClocks.ServiceClocks;

namespace Verbinding.Web.Tests.Platform;

/// <summary>Each periodic job, running for real on two nodes sharing a database, has its effect once.</summary>
public sealed class LeasedJobsOnTwoNodesTests
{
    [Fact]
    public async Task Retention_purge_on_two_nodes_deletes_once_and_audits_one_run_per_interval()
    {
        await using var nodes = await TwoNodes.StartAsync(s => s["Retention:Enabled"] = "true");
        var old = await nodes.A.AddConversationAsync(null, "Oud anoniem gesprek", nodes.Clock.GetUtcNow().AddDays(-120));

        var runs = await nodes.TickAsync(TimeSpan.FromHours(1), ticks: 3, expected: tick => tick, app => app.WithDbAsync(db => db.Set<AuditEntry>()
            .CountAsync(e => e.Action == RetentionPurge.AuditAction && e.EntityType == "anonymous-conversations")));

        Assert.Equal(3, runs);
        var counts = await nodes.A.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(e => e.Action == RetentionPurge.AuditAction && e.EntityType == "anonymous-conversations").Select(e => e.EntityId).ToListAsync());
        Assert.Single(counts, c => c == "deleted=1;anonymised=0");
        Assert.False(await nodes.A.WithDbAsync(db => db.Set<Features.Conversations.Conversation>().AnyAsync(c => c.Id == old)));
    }

    [Fact]
    public async Task Service_clock_monitor_on_two_nodes_marks_and_audits_each_late_clock_once()
    {
        await using var nodes = await TwoNodes.StartAsync(_ => { });
        var now = nodes.Clock.GetUtcNow();
        var late = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            await using var scope = nodes.A.Services.CreateAsyncScope();
            var clocks = scope.ServiceProvider.GetRequiredService<Clocks>();
            late.Add((await clocks.StartAsync("contact", $"whatsapp-late-{i}", "rotterdam", "messaging-first-response", now.AddHours(-2))).Id);
            late.Add((await clocks.StartAsync("contact", $"mail-late-{i}", "rotterdam", "email-first-response", now.AddDays(-21))).Id);
        }

        var audits = await nodes.TickAsync(TimeSpan.FromMinutes(1), ticks: 3, expected: _ => late.Count, app => app.WithDbAsync(db => db.Set<AuditEntry>()
            .CountAsync(e => e.EntityType == "ServiceClock" && (e.Action == "clock.overdue" || e.Action == "clock.escalate"))));

        var audited = await nodes.A.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(e => e.EntityType == "ServiceClock" && (e.Action == "clock.overdue" || e.Action == "clock.escalate"))
            .Select(e => e.EntityId).ToListAsync());
        Assert.Equal(late.Count, audits);
        Assert.Equal(late.Select(id => id.ToString()).Order(), audited.Order());
    }

    [Fact]
    public async Task Appointment_reminders_on_two_nodes_queue_one_reminder_per_appointment()
    {
        await using var nodes = await TwoNodes.StartAsync(s =>
        {
            s["Appointments:ReminderEnabled"] = "true";
            s["Notifications:PortalBaseUrl"] = Notifications.NotificationsApp.PortalBaseUrl;
        });
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await AddAppointmentAsync(nodes, startsIn: TimeSpan.FromHours(12 + i)));
        }

        var reminders = await nodes.TickAsync(TimeSpan.FromMinutes(5), ticks: 3, expected: _ => ids.Count, app => app.WithDbAsync(db => db.Set<OutboxNotification>()
            .CountAsync(n => n.TemplateId == NotificationTemplateIds.AfspraakHerinnering)));

        Assert.Equal(ids.Count, reminders);
        var reminded = await nodes.A.WithDbAsync(db => db.Set<Appointment>().CountAsync(a => ids.Contains(a.Id) && a.ReminderQueuedAt != null));
        Assert.Equal(ids.Count, reminded);
    }

    /// <summary>An appointment booked days ago (so it gets a reminder) that starts within the reminder lead.</summary>
    private static async Task<Guid> AddAppointmentAsync(TwoNodes nodes, TimeSpan startsIn)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var protector = nodes.A.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(AppointmentBooking.TokenPurpose);
        var start = nodes.Clock.GetUtcNow().ToUniversalTime() + startsIn;
        var appointment = new Appointment
        {
            Id = Guid.NewGuid(), Reference = $"AFS-{token[..8]}", Kind = AppointmentKind.Aangifte, ResourceKey = AppointmentsApp.Bureau,
            BureauId = AppointmentsApp.Bureau, EenheidId = "midden-nederland", Start = start, End = start.AddMinutes(30),
            Status = AppointmentStatus.Booked, Name = "Anna de Vries", Email = "anna@example.nl", Language = "nl",
            ManageTokenHash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))),
            ProtectedManageToken = protector.Protect(token), CreatedAt = start.AddDays(-3),
        };
        return await nodes.A.WithDbAsync(async db =>
        {
            db.Add(appointment);
            await db.SaveChangesAsync();
            return appointment.Id;
        });
    }
}
