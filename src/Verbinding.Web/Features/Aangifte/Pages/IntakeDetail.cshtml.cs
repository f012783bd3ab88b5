using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Attachments;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>Read one aangifte and decide. Another unit's aangifte is a 404, not a 403: its existence is not disclosed.</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = StaffRoles.Intake + "," + StaffRoles.Supervisor)]
public sealed class IntakeDetailModel(
    IntakeService intake, CaseMessages messages, CaseTimeline timeline, FraudLinks links, AangifteTypeCatalog catalog, IStringLocalizer<AangifteText> text,
    AttachmentStore attachments, IStringLocalizer<AttachmentsText> attachmentText)
    : AangiftePage(text)
{
    /// <summary>The files sent with the aangifte itself.</summary>
    public IReadOnlyList<AttachmentInfo> Files { get; private set; } = [];

    public ILookup<Guid, AttachmentInfo> MessageFiles { get; private set; } = Array.Empty<AttachmentInfo>().ToLookup(a => a.Id);

    public int MaxMessageFiles => attachments.MaxPerMessage;

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

    /// <summary>The handler's reply to the citizen; kept in the form when refused.</summary>
    [BindProperty]
    public string? Reply { get; set; }

    [BindProperty]
    public AangifteStatus? FollowUp { get; set; }

    [BindProperty]
    public string? ClosingReason { get; set; }

    public IReadOnlyList<CaseMessage> Messages { get; private set; } = [];

    public IReadOnlyList<TimelineStep> Timeline { get; private set; } = [];

    public bool CanFollowUp => Aangifte.Status is AangifteStatus.Geregistreerd or AangifteStatus.InOnderzoek or AangifteStatus.BijOm;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Aangifte.Status == AangifteStatus.Ontvangen)
        {
            // Opened by an officer: the citizen's timeline now says it is being handled.
            await intake.StartHandlingAsync(Aangifte, ct);
            Timeline = StatusExplanations.Timeline(Aangifte, await timeline.ForAsync(id, ct));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken ct)
    {
        var reply = Reply?.Trim() ?? "";
        var checks = await attachments.CheckForMessageAsync(FormUploads.From(Request), ct);
        if ((reply.Length == 0 && checks.Count == 0) || reply.Length > CaseMessage.MaxLength || FieldValidator.HasControlCharacters(reply, allowNewLines: true))
        {
            ModelState.AddModelError(nameof(Reply), Text["ErrorMessage"]);
        }
        foreach (var refused in checks.Where(c => !c.Accepted))
        {
            ModelState.AddModelError(FormUploads.Field, attachmentText.Refused(refused, attachments.MaxFileBytes, attachments.MaxPerMessage));
        }
        if (!ModelState.IsValid)
        {
            return await ReloadAsync(id, ct);
        }
        if (await messages.HandlerRepliesAsync(StaffScope.From(User), id, reply, [.. checks.Select(c => c.File!)], ct) is null)
        {
            return NotFound();
        }
        Message = Text["ReplySent"];
        Reply = null;
        return await ReloadAsync(id, ct);
    }

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, CancellationToken ct)
    {
        var reason = string.IsNullOrEmpty(ClosingReason) ? null : ClosingReason;
        if (FollowUp is not { } status || !StatusExplanations.FollowUp.Contains(status) || (status == AangifteStatus.Afgesloten) != (reason is not null)
            || (reason is not null && !StatusExplanations.ClosingReasons.Contains(reason)))
        {
            ModelState.AddModelError(nameof(FollowUp), Text["ErrorFollowUp"]);
            return ReloadAsync(id, ct);
        }
        return DecideAsync(id, scope => intake.FollowUpAsync(scope, id, status, reason, ct), ct);
    }

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
            Messages = await messages.ForAsync(id, ct);
            Files = await attachments.ForAangifteAsync(id, ct);
            MessageFiles = await attachments.ForMessagesAsync(id, ct);
            Timeline = StatusExplanations.Timeline(found, await timeline.ForAsync(id, ct));
        }
        return found is not null;
    }
}
