using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Contacts;

/// <summary>How the police recognise the citizen (masked identifiers) and the calls and visits logged about them.</summary>
public sealed class ContactPersonalData(VerbindingDbContext db) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        if (subject.CitizenId is not { } citizenId)
        {
            return [new("identifiers", []), new("loggedContacts", [])]; // no timeline record: the categories are there, empty
        }
        var identities = await db.Set<CitizenIdentity>().AsNoTracking().Where(i => i.CitizenId == citizenId).ToListAsync(ct);
        var contacts = await db.Set<LoggedContact>().AsNoTracking().Where(c => c.CitizenId == citizenId).OrderBy(c => c.At).ToListAsync(ct);
        return
        [
            new("identifiers", [.. identities.OrderBy(i => i.LinkedAt).Select(i => new PersonalDataRecord
            {
                { "kind", i.Kind }, { "hint", i.Hint }, { "linkedAt", i.LinkedAt },
            })]),
            new("loggedContacts", [.. contacts.Select(c => new PersonalDataRecord
            {
                { "channel", c.Channel }, { "at", c.At }, { "topic", c.Topic }, { "summary", c.Summary }, { "outcome", c.Outcome },
                { "eenheid", c.EenheidId },
            })], [.. contacts.Select(c => c.Id.ToString())]),
        ];
    }
}
