using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Notifications;

/// <summary>
/// The e-mails and text messages sent (or still to be sent) to the citizen's known addresses, found by the keyed hash
/// of the recipient (<see cref="OutboxNotification.RecipientKeyHash"/>). Which message, how and when: not the values
/// in it, because some hold a secret (an access code) and the rest are the references the export lists elsewhere.
/// </summary>
public sealed class NotificationPersonalData(VerbindingDbContext db, KnownContactDetailsCache contactDetails) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        var hashes = (await contactDetails.ForAsync(subject, ct)).KeyHashes.ToList();
        var sent = hashes.Count == 0 ? [] : await db.Set<OutboxNotification>().AsNoTracking()
            .Where(n => n.RecipientKeyHash != null && hashes.Contains(n.RecipientKeyHash))
            .OrderBy(n => n.CreatedAt)
            .Select(n => new { n.TemplateId, n.Channel, n.Language, n.Status, n.CreatedAt, n.SentAt })
            .ToListAsync(ct);
        return
        [
            new("notifications", [.. sent.Select(n => new PersonalDataRecord
            {
                { "template", n.TemplateId }, { "channel", n.Channel.ToString() }, { "language", n.Language },
                { "status", n.Status.ToString() }, { "createdAt", n.CreatedAt }, { "sentAt", n.SentAt },
            })]),
        ];
    }
}
