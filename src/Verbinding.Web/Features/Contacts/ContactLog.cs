using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Contacts;

/// <summary>What a colleague fills in after a call or a bureau visit. Identifiers are optional: none is an anonymous contact.</summary>
public sealed record ContactLogInput(string Channel, string Topic, string Summary, string Outcome, string? Phone, string? Email, string? Bsn, string Language = "nl");

/// <summary>Stores phone and counter contacts and links them to the citizen's timeline.</summary>
public sealed class ContactLog(
    VerbindingDbContext db, CitizenKeys keys, CitizenDirectory citizens, AuditTrail audit, TimeProvider time, SurveyTriggers surveys)
{
    public const string AuditPurpose = "contactregistratie";

    /// <summary>The contact's id and, when identified, the citizen's id.</summary>
    public async Task<(Guid ContactId, Guid? CitizenId)> LogAsync(ContactLogInput input, StaffActor staff, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        CitizenKey?[] candidates = [keys.Phone(input.Phone), keys.Email(input.Email), keys.Bsn(input.Bsn)];
        var identified = candidates.OfType<CitizenKey>().ToList();
        Guid? citizenId = identified.Count > 0 ? await citizens.ResolveAsync(identified, staff.UserId, ct) : null;
        var contact = new LoggedContact
        {
            Id = Guid.CreateVersion7(now),
            CitizenId = citizenId,
            Channel = input.Channel,
            EenheidId = staff.Scope.EenheidId ?? ConversationQueues.National,
            Topic = input.Topic,
            Summary = input.Summary.Trim(),
            Outcome = input.Outcome,
            At = now,
            StaffUserId = staff.UserId,
            StaffName = staff.Name,
        };
        db.Add(contact);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("create", nameof(LoggedContact), contact.Id.ToString(), AuditPurpose), ct);
        // A logged contact is a finished one; only a valid address (or, without one, a valid number) is used to invite.
        await surveys.ContactLoggedAsync(contact, keys.Email(input.Email) is null ? null : input.Email!.Trim().ToLowerInvariant(), input.Language,
            PhoneNumber.ToE164(input.Phone));
        return (contact.Id, citizenId);
    }
}
