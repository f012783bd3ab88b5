using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>Meldingen the citizen made while signed in with DigiD and not anonymous (<see cref="Melding.CitizenId"/>).</summary>
public sealed class MeldingPersonalData(VerbindingDbContext db) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        if (subject.CitizenId is not { } citizenId)
        {
            return [new("meldingen", [])]; // no timeline record: the categories are there, empty
        }
        var meldingen = await db.Set<Melding>().AsNoTracking().Where(m => m.CitizenId == citizenId).OrderBy(m => m.SubmittedAt).ToListAsync(ct);
        return
        [
            new("meldingen", [.. meldingen.Select(m => new PersonalDataRecord
            {
                { "reference", m.Reference }, { "category", m.CategoryId }, { "submittedAt", m.SubmittedAt }, { "occurredAt", m.OccurredAt },
                { "description", m.Description }, { "answers", m.AnswersJson }, { "municipalityCode", m.MunicipalityCode },
                { "street", m.Street }, { "houseNumber", m.HouseNumber }, { "postcode", m.Postcode }, { "placeDescription", m.PlaceDescription },
                { "name", m.ContactName }, { "email", m.ContactEmail }, { "phone", m.ContactPhone },
                { "status", m.Status.ToString() }, { "outcome", m.OutcomeId }, { "outcomeAt", m.OutcomeAt },
            })], [.. meldingen.Select(m => m.Reference)]),
        ];
    }
}
