using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.VictimRights;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>Each retention category on a moving clock: kept the day before its period ends, gone or anonymised the day after.</summary>
public sealed class RetentionRuleTests
{
    private const string Bsn = "999990019";

    [Fact]
    public async Task Unsent_draft_is_deleted_once_it_expires_after_30_days()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!;
            Assert.True(Features.Citizens.Bsn.TryParse(Bsn, out var bsn));
            await scope.ServiceProvider.GetRequiredService<AangifteService>().StartDraftAsync(bsn, type, new EligibilityRecord([], 30, false, "test", false));
        }
        var start = clock.GetUtcNow();

        var early = await app.ApplyAsync("aangifte-drafts", start.AddDays(29));
        var late = await app.ApplyAsync("aangifte-drafts", start.AddDays(31));

        Assert.Equal((0, 1), (early.Deleted, late.Deleted));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AangifteDraft>().CountAsync()));
    }

    [Fact]
    public async Task Closed_aangifte_is_anonymised_five_years_after_closing_and_leaves_the_export()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        var aangifte = await app.FileBicycleTheftAsync(Bsn, "Anna Aalders");
        await app.ApproveAsync(aangifte.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(Features.Citizens.Bsn.TryParse(Bsn, out var bsn));
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<CaseMessages>().CitizenWritesAsync(bsn, aangifte.Id, "Mijn fiets is terug!"));
            var staff = new StaffScope("test-intake", VictimRightsApp.Unit, false);
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IntakeService>().FollowUpAsync(staff, aangifte.Id, AangifteStatus.Afgesloten, "opgelost"));
        }
        var closed = clock.GetUtcNow();

        var early = await app.ApplyAsync("closed-aangiftes", closed.AddDays(1824));
        var late = await app.ApplyAsync("closed-aangiftes", closed.AddDays(1826));

        Assert.Equal((0, 1), (early.Anonymised, late.Anonymised));
        var stored = await app.WithDbAsync(db => db.Set<SubmittedAangifte>().AsNoTracking().Include(a => a.Items).SingleAsync(a => a.Id == aangifte.Id));
        Assert.Equal(("", "-", "-", null), (stored.CitizenBsn, stored.CitizenName, stored.Description, stored.Contact.Email));
        Assert.All(stored.Items, i => Assert.Null(i.FrameNumber));
        Assert.Equal("fietsendiefstal", stored.TypeId);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CaseMessage>().CountAsync(m => m.AangifteId == aangifte.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<VictimRegister>().CountAsync(r => r.CitizenBsn == Bsn)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SubmittedAangifte>().CountAsync(a => a.CitizenBsn == Bsn)));
    }

    [Fact]
    public async Task Handled_melding_loses_reporter_and_free_text_a_year_after_its_outcome()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        var reference = await app.SubmitMeldingAsync(await app.CitizenIdAsync(Bsn), "Harde muziek bij de buren op nummer 12.", "anna@example.nl");
        var open = await app.SubmitMeldingAsync(null, "Nog niet afgehandeld, harde muziek.", "bert@example.nl");
        var handled = clock.GetUtcNow();
        await app.WithDbAsync(db => db.Set<Melding>().Where(m => m.Reference == reference)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeldingStatus.Handled).SetProperty(m => m.OutcomeAt, handled)));

        var early = await app.ApplyAsync("closed-meldingen", handled.AddDays(364));
        var late = await app.ApplyAsync("closed-meldingen", handled.AddDays(366));

        Assert.Equal((0, 1), (early.Anonymised, late.Anonymised));
        var meldingen = await app.WithDbAsync(db => db.Set<Melding>().AsNoTracking().ToDictionaryAsync(m => m.Reference));
        var erased = meldingen[reference];
        Assert.Equal(("-", null, null, null, null), (erased.Description, erased.ContactName, erased.ContactEmail, erased.Street, erased.CitizenId));
        Assert.Equal("geluidsoverlast", erased.CategoryId);
        Assert.Equal("bert@example.nl", meldingen[open].ContactEmail);
    }

    [Fact]
    public async Task Sent_notification_loses_its_values_after_30_days_but_a_pending_one_keeps_them()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        var now = clock.GetUtcNow();
        await app.WithDbAsync(db =>
        {
            db.Add(Notification("sent", NotificationStatus.Sent, now));
            db.Add(Notification("pending", NotificationStatus.Pending, now));
            return db.SaveChangesAsync();
        });

        var early = await app.ApplyAsync("sent-notifications", now.AddDays(29));
        var late = await app.ApplyAsync("sent-notifications", now.AddDays(31));

        Assert.Equal((0, 1), (early.Anonymised, late.Anonymised));
        var rows = await app.WithDbAsync(db => db.Set<OutboxNotification>().Where(n => n.IdempotencyKey.StartsWith("test:"))
            .ToDictionaryAsync(n => n.IdempotencyKey, n => (n.ModelJson, n.RecipientKeyHash)));
        Assert.Equal(("{}", (string?)null), rows["test:sent"]); // nor can the export find it under the citizen's address any more
        Assert.Contains("AG-2026", rows["test:pending"].ModelJson, StringComparison.Ordinal);
        Assert.NotNull(rows["test:pending"].RecipientKeyHash);
    }

    [Fact]
    public async Task Closed_conversation_of_a_known_citizen_and_a_logged_call_go_after_a_year()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        var now = clock.GetUtcNow();
        var citizen = await app.CitizenIdAsync(Bsn);
        var yearAgo = await app.AddConversationAsync(citizen, "Gesprek van ruim een jaar geleden", now.AddDays(-366), closed: true);
        var recent = await app.AddConversationAsync(citizen, "Gesprek van bijna een jaar geleden", now.AddDays(-364), closed: true);
        var open = await app.AddConversationAsync(citizen, "Open gesprek", now.AddDays(-366));
        await app.WithDbAsync(db =>
        {
            foreach (var days in new[] { 366, 364 })
            {
                db.Add(new LoggedContact
                {
                    Id = Guid.NewGuid(), CitizenId = citizen, Channel = ContactChannels.Phone, EenheidId = VictimRightsApp.Unit, Topic = "status-aangifte",
                    Summary = $"Belde {days} dagen geleden", Outcome = "beantwoord", At = now.AddDays(-days), StaffUserId = "staff", StaffName = "Agent",
                });
            }
            return db.SaveChangesAsync();
        });

        var conversations = await app.ApplyAsync("closed-conversations", now);
        var contacts = await app.ApplyAsync("logged-contacts", now);

        Assert.Equal((1, 1), (conversations.Deleted, contacts.Deleted));
        var left = await app.WithDbAsync(db => db.Set<Conversation>().Select(c => c.Id).ToListAsync());
        Assert.Equal(new[] { recent, open }.Order(), left.Order());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ConversationMessage>().CountAsync(m => m.ConversationId == yearAgo)));
        Assert.Equal("Belde 364 dagen geleden", Assert.Single(await app.WithDbAsync(db => db.Set<LoggedContact>().Select(c => c.Summary).ToListAsync())));
    }

    private static OutboxNotification Notification(string key, NotificationStatus status, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), IdempotencyKey = "test:" + key, Channel = NotificationChannel.Email, Language = "nl",
        TemplateId = NotificationTemplateIds.AangifteOntvangen, ModelJson = "{\"receiptNumber\":\"AG-2026-1\"}", Status = status,
        CreatedAt = at, NextAttemptAt = at, SentAt = status == NotificationStatus.Sent ? at : null, RecipientKeyHash = new string('a', 64),
    };
}
