using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.Privacy.Retention;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>Issue 4: anonymous conversations go after 90 days, from every table that held them; the purge runs once across nodes.</summary>
public sealed class AnonymousConversationRetentionTests
{
    private const string Category = "anonymous-conversations";

    [Fact]
    public async Task Anonymous_conversation_older_than_90_days_is_gone_from_every_table_while_a_newer_and_a_citizen_linked_one_stay()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        var now = clock.GetUtcNow();
        var old = await app.AddConversationAsync(null, "Oud anoniem gesprek", now.AddDays(-91));
        var recent = await app.AddConversationAsync(null, "Recent anoniem gesprek", now.AddDays(-89));
        var linked = await app.AddConversationAsync(await app.CitizenIdAsync("999990019"), "Oud gesprek van een bekende burger", now.AddDays(-400));
        await app.WithDbAsync(db =>
        {
            db.Add(new ScheduledSurveyInvitation
            {
                Id = Guid.NewGuid(), ContactReference = SurveyContactReferences.Chat(old), CitizenKeyHash = "chat", Delivery = SurveyDelivery.Chat,
                EenheidId = "landelijk", Channel = "web", ContactType = "chat", CreatedAt = now.AddDays(-91), DueAt = now.AddDays(-91),
            });
            return db.SaveChangesAsync();
        });

        var results = await app.PurgeAsync("node-a");

        Assert.Equal(1, results![Category].Deleted);
        var (conversations, messages, surveys) = await app.WithDbAsync(async db => (
            await db.Set<Conversation>().Select(c => c.Id).ToListAsync(),
            await db.Set<ConversationMessage>().Select(m => m.ConversationId).ToListAsync(),
            await db.Set<ScheduledSurveyInvitation>().CountAsync()));
        Assert.Equal(new[] { recent, linked }.Order(), conversations.Order());
        Assert.DoesNotContain(old, messages);
        Assert.Equal(2, messages.Count(id => id == recent));
        Assert.Equal(2, messages.Count(id => id == linked));
        Assert.Equal(0, surveys);
    }

    [Fact]
    public async Task Two_purge_workers_started_at_once_delete_once_and_audit_once()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        await app.AddConversationAsync(null, "Oud anoniem gesprek", clock.GetUtcNow().AddDays(-120));

        var runs = await Task.WhenAll(app.PurgeAsync("node-a"), app.PurgeAsync("node-b"));

        var ran = Assert.Single(runs, r => r is not null);
        Assert.Equal(1, ran![Category].Deleted);
        var audits = await app.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(e => e.Action == RetentionPurge.AuditAction && e.EntityType == Category).ToListAsync());
        var audit = Assert.Single(audits);
        Assert.Equal("deleted=1;anonymised=0", audit.EntityId);
        Assert.Equal("System", audit.ActorRole);
    }

    [Fact]
    public async Task The_next_node_purges_only_after_the_interval()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        Assert.NotNull(await app.PurgeAsync("node-a"));

        clock.Advance(TimeSpan.FromMinutes(59));
        var tooSoon = await app.PurgeAsync("node-b");
        clock.Advance(TimeSpan.FromMinutes(2));
        var next = await app.PurgeAsync("node-b");

        Assert.Null(tooSoon);
        Assert.NotNull(next);
    }
}
