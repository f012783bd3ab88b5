using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>Read one aangifte and decide. Another unit's aangifte is a 404, not a 403: its existence is not disclosed.</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = StaffRoles.Intake + "," + StaffRoles.Supervisor)]
public sealed class IntakeDetailModel(IntakeService intake, FraudLinks links, AangifteTypeCatalog catalog, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public IReadOnlyList<IdentifierLinkSummary> Links { get; private set; } = [];

    public string LinkSentence(IdentifierLinkSummary link) => Text["LinkSentence",
        Text["This_" + link.Kind].Value,
        link.OtherReports == 1 ? Text["OtherReports_one"].Value : Text["OtherReports_other", link.OtherReports].Value,
        link.Units == 1 ? Text["Units_one"].Value : Text["Units_other", link.Units].Value,
        link.Total.ToString("N2", System.Globalization.CultureInfo.CurrentCulture)];

    public SubmittedAangifte Aangifte { get; private set; } = null!;

    public AangifteType? Type => catalog.Find(Aangifte.TypeId);

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, scope => intake.ApproveAsync(scope, id, ct), ct);

    public Task<IActionResult> OnPostRequestInfoAsync(Guid id, CancellationToken ct)
    {
        var question = Question?.Trim() ?? "";
        if (question.Length is 0 or > 2000 || FieldValidator.HasControlCharacters(question, allowNewLines: true))
        {
            ModelState.AddModelError(nameof(Question), Text["ErrorQuestion"]);
            return ReloadAsync(id, ct);
        }
        return DecideAsync(id, scope => intake.RequestInformationAsync(scope, id, question, ct), ct);
    }

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct)
    {
        if (Reason is null || !RejectionCodes.All.Contains(Reason))
        {
            ModelState.AddModelError(nameof(Reason), Text["ErrorReason"]);
            return ReloadAsync(id, ct);
        }
        return DecideAsync(id, scope => intake.RejectAsync(scope, id, Reason, ct), ct);
    }

    private async Task<IActionResult> DecideAsync(Guid id, Func<StaffScope, Task<SubmittedAangifte?>> decide, CancellationToken ct)
    {
        try
        {
            if (await decide(StaffScope.From(User)) is null)
            {
                return NotFound();
            }
            Message = Text["Decided"];
        }
        catch (InvalidOperationException)
        {
            Message = Text["AlreadyDecided"];
        }
        return await ReloadAsync(id, ct);
    }

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await intake.FindAsync(StaffScope.From(User), id, ct);
        if (found is not null)
        {
            Aangifte = found;
            Links = await links.SummaryAsync(found, ct);
        }
        return found is not null;
    }
}
