using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.Aangifte.FollowUp;

/// <summary>
/// Intake asked the citizen for more information and no answer came within the period
/// (<see cref="AangifteOptions.InformationRequestDays"/>): the aangifte is closed with reason "geen-reactie", the
/// citizen is told (the status change notifies them, with how to go on), the clock stops, and it is audited.
/// </summary>
public sealed class InformationRequestExpiry(
    VerbindingDbContext db, CaseTimeline timeline, ServiceClocks.ServiceClocks clocks, AuditTrail audit, TimeProvider time,
    IOptions<AangifteOptions> options) : ILeasedJob
{
    private const int BatchSize = 100;

    public string LeaseName => "aangifte-information-requests";

    public async Task RunAsync(CancellationToken ct) => await ExpireAsync(ct);

    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow().AddDays(-options.Value.InformationRequestDays);
        var expired = await db.Set<SubmittedAangifte>()
            .Where(a => a.Status == AangifteStatus.InformatieGevraagd && a.DecidedAt < before)
            .OrderBy(a => a.DecidedAt).Take(BatchSize).ToListAsync(ct);
        foreach (var aangifte in expired)
        {
            aangifte.RejectionCode = RejectionCodes.NoAnswer;
            aangifte.DecidedAt = time.GetUtcNow();
            await timeline.ChangeAsync(aangifte, AangifteStatus.Afgewezen, RejectionCodes.NoAnswer, ct);
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(new AuditEvent("aangifte.information-request-expired", "Aangifte", aangifte.Id.ToString(), "aangifte-intake"), AuditActor.System, ct);
            if (aangifte.ClockId is { } clock)
            {
                await clocks.StopAsync(clock, ct);
            }
        }
        return expired.Count;
    }
}
