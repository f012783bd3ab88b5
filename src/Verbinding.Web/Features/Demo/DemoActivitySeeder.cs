using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Demo;

/// <summary>
/// Development only: a few meldingen (three about one address, so a bundle shows), aangiftes (one approved) and chats
/// (one waiting for a person), created through the same application services citizens use, so a newcomer sees a living system.
/// The services are resolved only when something is missing: the conversation service pulls in all of Wout, which a
/// start on an existing database does not need.
/// </summary>
internal sealed class DemoActivitySeeder(IServiceProvider services, TimeProvider time) : IDatabaseSeeder
{
    public int Order => 200;

    public async Task SeedAsync(VerbindingDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var neighbourNoise = new MeldingLocation("Utrecht", "Biltstraat", "12", "3572 AA", null);
        (string Key, string Category, string Description, MeldingLocation Location, int DaysAgo)[] demo =
        [
            ("demo-melding-1", "geluidsoverlast", "Elke nacht harde muziek uit de kelder, tot 4 uur.", neighbourNoise, 12),
            ("demo-melding-2", "geluidsoverlast", "Weer keiharde muziek, ik kan niet slapen.", neighbourNoise, 5),
            ("demo-melding-3", "geluidsoverlast", "Feest met bas tot diep in de nacht.", neighbourNoise, 1),
            ("demo-melding-4", "overlast-jongeren", "Groep jongeren bij het winkelcentrum gooit met stenen naar fietsers.", new MeldingLocation("Amersfoort", "Hof", "1", null, null), 3),
            ("demo-melding-5", "verdachte-situatie", "Al drie avonden een auto met draaiende motor voor de school.", new MeldingLocation("Rotterdam", "Coolsingel", "40", null, null), 2),
        ];
        // On an existing database every demo melding is there already: one query instead of five submissions through
        // the whole melding service (the idempotency keys would turn them away, but only after validating each).
        var keys = demo.Select(d => d.Key).ToList();
        var present = await db.Set<Melding>().CountAsync(m => keys.Contains(m.IdempotencyKey!), ct);
        if (present < keys.Count)
        {
            var meldingen = services.GetRequiredService<MeldingService>();
            foreach (var (key, category, description, location, daysAgo) in demo)
            {
                await meldingen.SubmitAsync(new MeldingSubmission(category, description, location, now.AddDays(-daysAgo), HappeningNow: false,
                    Contact: null, "nl", MeldingChannels.Form, IdempotencyKey: key), ct);
            }
        }

        if (!await db.Set<SubmittedAangifte>().AnyAsync(ct))
        {
            // Jan Jansen (simulated DigiD, BSN 999990019) finds an approved bicycle theft with its proof in "Mijn zaken";
            // the intake queue of Midden-Nederland and others has reports waiting.
            var random = new Random(2026);
            for (var i = 0; i < 4; i++)
            {
                await DemoAangiftes.FileAsync(services, i * 4, random, approve: i == 0, ct);
            }
        }
        if (await db.Set<Conversation>().AnyAsync(ct))
        {
            return;
        }
        var conversations = services.GetRequiredService<ConversationService>();
        var waiting = await conversations.StartAsync("web", "nl", "Utrecht", ct);
        await conversations.SendAsCitizenAsync(waiting.Id, waiting.Token, "mijn fiets is gisteren gestolen bij het station", null, ct);
        await conversations.SendAsCitizenAsync(waiting.Id, waiting.Token, "ik wil graag een medewerker spreken", null, ct);
        var english = await conversations.StartAsync("web", "en", null, ct);
        await conversations.SendAsCitizenAsync(english.Id, english.Token, "how do I report a scam on Marktplaats?", null, ct);
    }
}
