using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verbinding.Triage.Loading;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.TriagePolicies;

public sealed record PolicyActor(string Id, string Name);

/// <summary>
/// The policy workflow: draft (validated at save), submitted, approved by a different administrator with an
/// effective date (now or later), or rejected with a reason. Every step is audited; the versions in force are read
/// from the database (<see cref="PolicyQueries"/>), never from a node's cache, so the page shows what every node will serve.
/// </summary>
public sealed class PolicyAdmin(VerbindingDbContext db, PolicyQueries queries, PolicySource source, PolicyFiles files, AuditTrail audit,
    TimeProvider time)
{
    public const string Purpose = "triage-policy";
    public const string EntityType = "TriagePolicyVersion";

    // The column sizes of PolicyVersionConfiguration: refused with a reason rather than failing in the database.
    public const int MaxTextLength = 2000;
    public const int MaxLabelLength = 50;

    private DateTimeOffset Now => time.GetUtcNow();

    public async Task<(PolicyVersion? Saved, IReadOnlyList<PolicyProblem> Problems)> CreateDraftAsync(
        string scope, string document, string? changeNote, PolicyActor author, CancellationToken ct)
    {
        var inForce = await queries.InForceAsync(ct);
        var problems = PolicyDraftValidator.Validate(scope, document, NationalInForce(inForce), files, out var label).ToList();
        if (string.IsNullOrWhiteSpace(changeNote))
        {
            problems.Add(new PolicyProblem("ProblemNoteRequired"));
        }
        else if (changeNote.Length > MaxTextLength)
        {
            problems.Add(new PolicyProblem("ProblemTooLong", MaxTextLength.ToString(CultureInfo.InvariantCulture)));
        }
        if (label is { Length: > MaxLabelLength })
        {
            problems.Add(new PolicyProblem("ProblemLabelTooLong", MaxLabelLength.ToString(CultureInfo.InvariantCulture)));
        }
        if (label is not null && await db.Set<PolicyVersion>().AnyAsync(v => v.Scope == scope && v.Label == label, ct))
        {
            problems.Add(new PolicyProblem("ProblemLabelTaken", label));
        }
        if (problems.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent("draft-refused", EntityType, scope, Purpose), ct);
            return (null, problems);
        }
        var draft = new PolicyVersion
        {
            Scope = scope,
            Label = label!,
            Document = document,
            Status = PolicyStatus.Draft,
            ChangeNote = changeNote!.Trim(),
            AuthorId = author.Id,
            AuthorName = author.Name,
            CreatedAt = Now,
        };
        db.Add(draft);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("draft", EntityType, draft.Id.ToString(), Purpose), ct);
        return (draft, []);
    }

    public async Task<PolicyProblem?> SubmitAsync(int id, PolicyActor actor, CancellationToken ct)
    {
        var version = await queries.FindAsync(id, ct);
        if (version is null || version.Status != PolicyStatus.Draft)
        {
            return new PolicyProblem("ProblemNotDraft");
        }
        if (version.AuthorId != actor.Id)
        {
            return new PolicyProblem("ProblemNotAuthor");
        }
        await db.Set<PolicyVersion>().Where(v => v.Id == id && v.Status == PolicyStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, PolicyStatus.Submitted).SetProperty(v => v.SubmittedAt, Now), ct);
        await audit.RecordAsync(new AuditEvent("submit", EntityType, id.ToString(), Purpose), ct);
        return null;
    }

    /// <summary>Four eyes: the author can never approve their own change. A unit override is checked again against the national version in force.</summary>
    public async Task<PolicyProblem?> ApproveAsync(int id, PolicyActor approver, DateTimeOffset? effectiveFrom, CancellationToken ct)
    {
        var version = await queries.FindAsync(id, ct);
        if (version is null || version.Status != PolicyStatus.Submitted)
        {
            return new PolicyProblem("ProblemNotSubmitted");
        }
        if (version.AuthorId == approver.Id)
        {
            await audit.RecordAsync(new AuditEvent("approve-refused", EntityType, id.ToString(), Purpose), ct);
            return new PolicyProblem("ProblemOwnApproval");
        }
        var from = effectiveFrom ?? Now;
        if (from < Now - TimeSpan.FromMinutes(5))
        {
            return new PolicyProblem("ProblemPastDate");
        }
        var inForce = await queries.InForceAsync(ct);
        if (PolicyDraftValidator.Validate(version.Scope, version.Document, NationalInForce(inForce), files, out _) is [var first, ..])
        {
            return first;
        }
        var updated = await db.Set<PolicyVersion>().Where(v => v.Id == id && v.Status == PolicyStatus.Submitted)
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, PolicyStatus.Approved)
                .SetProperty(v => v.DeciderId, approver.Id)
                .SetProperty(v => v.DeciderName, approver.Name)
                .SetProperty(v => v.DecidedAt, Now)
                .SetProperty(v => v.EffectiveFrom, from), ct);
        if (updated == 0)
        {
            return new PolicyProblem("ProblemNotSubmitted");
        }
        await audit.RecordAsync(new AuditEvent("approve", EntityType, id.ToString(), Purpose), ct);
        source.Invalidate();
        return null;
    }

    public async Task<PolicyProblem?> RejectAsync(int id, PolicyActor decider, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new PolicyProblem("ProblemReasonRequired");
        }
        if (reason.Length > MaxTextLength)
        {
            return new PolicyProblem("ProblemTooLong", MaxTextLength.ToString(CultureInfo.InvariantCulture));
        }
        var updated = await db.Set<PolicyVersion>().Where(v => v.Id == id && v.Status == PolicyStatus.Submitted)
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, PolicyStatus.Rejected)
                .SetProperty(v => v.DeciderId, decider.Id)
                .SetProperty(v => v.DeciderName, decider.Name)
                .SetProperty(v => v.DecidedAt, Now)
                .SetProperty(v => v.RejectionReason, reason.Trim()), ct);
        if (updated == 0)
        {
            return new PolicyProblem("ProblemNotSubmitted");
        }
        await audit.RecordAsync(new AuditEvent("reject", EntityType, id.ToString(), Purpose), ct);
        return null;
    }

    private NationalPolicy NationalInForce(IReadOnlyDictionary<string, PolicyVersion> inForce) =>
        inForce.TryGetValue(PolicyScopes.National, out var national)
            ? TriagePolicyLoader.ParseNational(national.Document)
            : source.Current.National;
}
