using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Aangifte.Privacy;

/// <summary>The citizen's aangiftes (with items, payments, status history and messages) and unsent drafts.</summary>
public sealed class AangiftePersonalData(VerbindingDbContext db) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        var bsn = subject.Bsn.Value;
        var aangiftes = await db.Set<SubmittedAangifte>().AsNoTracking().AsSplitQuery()
            .Include(a => a.Items).Include(a => a.FraudIdentifiers).Include(a => a.Payments)
            .Where(a => a.CitizenBsn == bsn).OrderBy(a => a.SubmittedAt).ToListAsync(ct);
        var ids = aangiftes.Select(a => a.Id).ToList();
        var changes = await db.Set<AangifteStatusChange>().AsNoTracking().Where(c => ids.Contains(c.AangifteId)).ToListAsync(ct);
        var messages = await db.Set<CaseMessage>().AsNoTracking().Where(m => ids.Contains(m.AangifteId)).ToListAsync(ct);
        var drafts = await db.Set<AangifteDraft>().AsNoTracking()
            .Where(d => d.CitizenBsn == bsn && d.SubmittedAangifteId == null).ToListAsync(ct);
        var receipts = aangiftes.ToDictionary(a => a.Id, a => a.ReceiptNumber);
        return
        [
            new("aangiftes", [.. aangiftes.Select(Aangifte)], [.. ids.Select(id => id.ToString())]),
            new("aangifteStatusChanges", [.. changes.OrderBy(c => c.At).Select(c => new PersonalDataRecord
            {
                { "receiptNumber", receipts[c.AangifteId] }, { "status", c.Status.ToString() }, { "reason", c.Reason }, { "at", c.At },
            })]),
            new("aangifteMessages", [.. messages.OrderBy(m => m.At).Select(m => new PersonalDataRecord
            {
                { "receiptNumber", receipts[m.AangifteId] }, { "from", m.FromCitizen ? "citizen" : "police" }, { "at", m.At }, { "text", m.Body },
            })]),
            new("aangifteDrafts", [.. drafts.Select(d => new PersonalDataRecord
            {
                { "type", d.TypeId }, { "createdAt", d.CreatedAt }, { "updatedAt", d.UpdatedAt }, { "expiresAt", d.ExpiresAt },
                { "answers", JsonSerializer.Serialize(d.Answers) },
            })], [.. drafts.Select(d => d.Id.ToString())]),
        ];
    }

    private static PersonalDataRecord Aangifte(SubmittedAangifte a) => new()
    {
        { "receiptNumber", a.ReceiptNumber },
        { "registrationNumber", a.RegistrationNumber },
        { "type", a.TypeId },
        { "status", a.Status.ToString() },
        { "submittedAt", a.SubmittedAt },
        { "decidedAt", a.DecidedAt },
        { "name", a.CitizenName },
        { "occurredOn", a.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        { "occurredUntil", a.OccurredUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        { "municipality", a.Municipality },
        { "postcode", a.Postcode },
        { "houseNumber", a.HouseNumber },
        { "description", a.Description },
        { "witnesses", a.Witnesses },
        { "contactPreference", a.Contact.Preference },
        { "email", a.Contact.Email },
        { "phone", a.Contact.Phone },
        { "keepInformed", a.Rights.KeepInformed },
        { "wantsCompensation", a.Rights.WantsCompensation },
        { "shareWithSlachtofferhulp", a.Rights.ShareWithSlachtofferhulp },
        { "answers", JsonSerializer.Serialize(a.Answers) },
        { "items", JsonSerializer.Serialize(a.Items.OrderBy(i => i.Position).Select(i => new { i.Kind, i.Brand, i.Model, i.Colour, i.FrameNumber, i.Imei, i.Plate, i.Value })) },
        { "fraudIdentifiers", JsonSerializer.Serialize(a.FraudIdentifiers.Select(i => new { i.Kind, i.Value })) },
        { "payments", JsonSerializer.Serialize(a.Payments.OrderBy(p => p.PaidOn).Select(p => new { p.PaidOn, p.Amount })) },
        { "informationRequest", a.InformationRequest },
        { "informationResponse", a.InformationResponse },
        { "closingReason", a.ClosingReason ?? a.RejectionCode },
        { "language", a.Language },
    };
}
