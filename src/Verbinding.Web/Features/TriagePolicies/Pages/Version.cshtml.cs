using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Triage.Simulation;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.TriagePolicies.Pages;

/// <summary>
/// One version: the diff with the version in force, the simulation on the situation table, and the workflow
/// actions (submit by the author; approve with an effective date or reject with a reason, by someone else).
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public sealed class VersionModel(PolicyAdmin admin, PolicyQueries queries, IStringLocalizer<TriagePoliciesText> text) : PageModel
{
    private static readonly string[] Messages = ["Saved", "Submitted", "Approved", "Rejected"];

    public PolicyVersion Version { get; private set; } = null!;

    public string Status { get; private set; } = "";

    public IReadOnlyList<DiffLine?> Diff { get; private set; } = [];

    public SimulationResult Simulation { get; private set; } = new(0, []);

    public string? Message { get; private set; }

    public bool IsAuthor => Version.AuthorId == PolicyActors.From(User).Id;

    [BindProperty]
    public string? EffectiveFrom { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken ct)
    {
        Message = Messages.Contains(done) ? text[done!].Value : null;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) =>
        ActAsync(id, "Submitted", () => admin.SubmitAsync(id, PolicyActors.From(User), ct), ct);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct)
    {
        DateTimeOffset? from = null;
        if (!string.IsNullOrWhiteSpace(EffectiveFrom))
        {
            if (!DateTime.TryParse(EffectiveFrom, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                ModelState.AddModelError(nameof(EffectiveFrom), text["ProblemEffectiveFrom"]);
                return RedisplayAsync(id, ct);
            }
            from = new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local)).ToUniversalTime();
        }
        return ActAsync(id, "Approved", () => admin.ApproveAsync(id, PolicyActors.From(User), from, ct), ct);
    }

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        ActAsync(id, "Rejected", () => admin.RejectAsync(id, PolicyActors.From(User), Reason, ct), ct);

    private async Task<IActionResult> ActAsync(int id, string done, Func<Task<PolicyProblem?>> action, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is null)
        {
            return NotFound();
        }
        if (await action() is { } problem)
        {
            ModelState.AddModelError(problem.Key is "ProblemReasonRequired" or "ProblemTooLong" ? nameof(Reason) : "", text[problem.Key, problem.Detail ?? ""]);
            return await RedisplayAsync(id, ct);
        }
        return Redirect($"/medewerker/triagebeleid/{id}?done={done}");
    }

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } version)
        {
            return false;
        }
        Version = version;
        var inForce = await queries.InForceAsync(ct);
        Status = queries.ShownStatus(version, inForce);
        Diff = LineDiff.Hunks(LineDiff.Compare(inForce.GetValueOrDefault(version.Scope)?.Document ?? "", version.Document));
        Simulation = queries.Simulate(version, inForce);
        await queries.RecordReadAsync(id, ct);
        return true;
    }
}
