using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Infrastructure.Jobs;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;
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
        await using var nodes = await TwoNodes.StartAsync(ReminderSettings);
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

    [Fact]
    public async Task A_node_shutting_down_hands_its_job_to_the_other_node_at_the_next_tick()
    {
        await using var nodes = await TwoNodes.StartAsync(ReminderSettings);
        var holderA = nodes.A.Services.GetRequiredService<JobLeases>().NodeHolder;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await LeaseHolderAsync(nodes.B) != holderA && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50); // node A started first and takes the lease in its start-up run
        }
        Assert.Equal(holderA, await LeaseHolderAsync(nodes.B));

        await nodes.A.DisposeAsync();
        var id = await AddAppointmentAsync(nodes, startsIn: TimeSpan.FromHours(12));
        // Without the release, node A's lease (two intervals) would keep node B waiting one tick longer.
        var reminders = await nodes.TickAsync(TimeSpan.FromMinutes(5), ticks: 1, expected: _ => 1, app => app.WithDbAsync(db => db.Set<OutboxNotification>()
            .CountAsync(n => n.TemplateId == NotificationTemplateIds.AfspraakHerinnering)));

        Assert.Equal(1, reminders);
        Assert.NotNull(await nodes.B.WithDbAsync(db => db.Set<Appointment>().Where(a => a.Id == id).Select(a => a.ReminderQueuedAt).SingleAsync()));
    }

    private static void ReminderSettings(Dictionary<string, string?> s)
    {
        s["Appointments:ReminderEnabled"] = "true";
        s["Notifications:PortalBaseUrl"] = Notifications.NotificationsApp.PortalBaseUrl;
    }

    private static Task<string?> LeaseHolderAsync(VerbindingApplication node) => node.WithDbAsync(db => db.Set<JobLease>()
        .Where(l => l.Name == AppointmentReminderJob.Lease).Select(l => l.Holder).SingleOrDefaultAsync());

    /// <summary>An appointment booked days ago (so it gets a reminder) that starts within the reminder lead; added on node B, which outlives A.</summary>
    private static async Task<Guid> AddAppointmentAsync(TwoNodes nodes, TimeSpan startsIn)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var protector = nodes.B.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(AppointmentBooking.TokenPurpose);
        var start = nodes.Clock.GetUtcNow().ToUniversalTime() + startsIn;
        var appointment = new Appointment
        {
            Id = Guid.NewGuid(), Reference = $"AFS-{token[..8]}", Kind = AppointmentKind.Aangifte, ResourceKey = AppointmentsApp.Bureau,
            BureauId = AppointmentsApp.Bureau, EenheidId = "midden-nederland", Start = start, End = start.AddMinutes(30),
            Status = AppointmentStatus.Booked, Name = "Anna de Vries", Email = "anna@example.nl", Language = "nl",
            ManageTokenHash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))),
            ProtectedManageToken = protector.Protect(token), CreatedAt = start.AddDays(-3),
        };
        return await nodes.B.WithDbAsync(async db =>
        {
            db.Add(appointment);
            await db.SaveChangesAsync();
            return appointment.Id;
        });
    }
}
