using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Contacts;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>
/// Gathers everything held about the signed-in citizen from every feature's <see cref="IPersonalDataCollector"/>,
/// plus the staff accesses to those records. Every gathering is audited (the citizen's own inzage).
/// </summary>
public sealed class PersonalDataExport(
    IEnumerable<IPersonalDataCollector> collectors, AccessHistory accesses, CitizenKeys keys, CitizenDirectory citizens,
    AuditTrail audit, TimeProvider time)
{
    public const string AuditPurpose = "inzage";

    /// <param name="format">"summary", "json" or "pdf": what the citizen asked for, in the audit entry.</param>
    public async Task<PersonalDataDocument> CollectAsync(Bsn bsn, string name, string format, CancellationToken ct)
    {
        var subject = new DataSubject(bsn, await citizens.FindAsync(keys.Bsn(bsn), ct));
        var sections = new List<PersonalDataSection>();
        foreach (var collector in collectors)
        {
            sections.AddRange(await collector.CollectAsync(subject, ct));
        }
        var auditKeys = sections.SelectMany(s => s.AuditKeys).ToList();
        if (subject.CitizenId is { } citizenId)
        {
            auditKeys.Add(citizenId.ToString());
        }
        var history = await accesses.ForAsync(auditKeys, ct);
        // The entity id is the pseudonymous timeline record, never the BSN.
        await audit.RecordAsync(new AuditEvent("privacy.export." + format, nameof(KnownCitizen), subject.CitizenId?.ToString(), AuditPurpose), ct);
        return new PersonalDataDocument(time.GetUtcNow(), name, bsn.Value, sections, history);
    }
}
