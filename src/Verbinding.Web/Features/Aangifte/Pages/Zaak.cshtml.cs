using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Attachments;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>One of the citizen's own aangiftes: status, the PDF once registered, and intake's question to answer.</summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class ZaakModel(
    AangifteService aangiftes,
    CaseTimeline timeline,
    CaseMessages messages,
    AttachmentStore attachments,
    IStringLocalizer<AttachmentsText> attachmentText,
    AangifteTypeCatalog catalog,
    VictimRights.VictimRightsAccess victimRights,
    Referrals.ReferralQueries referrals,
    CurrentCitizen citizen,
    TimeProvider time,
    IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public const int MaxAnswer = 4000;

    public SubmittedAangifte Aangifte { get; private set; } = null!;

    public string TypeTitle => catalog.Find(Aangifte.TypeId)?.Title.For(Language) ?? Aangifte.TypeId;

    [BindProperty]
    public string? Answer { get; set; }

    public bool AnswerSent { get; private set; }

    /// <summary>The citizen's new message; kept in the form when it is refused, so nothing typed is lost.</summary>
    [BindProperty]
    public string? Message { get; set; }

    public bool MessageSent { get; private set; }

    public IReadOnlyList<TimelineStep> Timeline { get; private set; } = [];

    public TimelineStep Current => Timeline[^1];

    public IReadOnlyList<CaseMessage> Messages { get; private set; } = [];

    /// <summary>Warm handovers the citizen started from this case, with their status.</summary>
    public IReadOnlyList<Referrals.Pages.ReferralView> Handovers { get; private set; } = [];

    /// <summary>The files sent with the aangifte itself.</summary>
    public IReadOnlyList<AttachmentInfo> Files { get; private set; } = [];

    public ILookup<Guid, AttachmentInfo> MessageFiles { get; private set; } = Array.Empty<AttachmentInfo>().ToLookup(a => a.Id);

    public int MaxMessageFiles => attachments.MaxPerMessage;

    /// <summary>"Uw rechten als slachtoffer": the victim's rights register for this aangifte (its form posts to /rechten).</summary>
    public VictimRights.Pages.RightsSection? Rights { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var answer = Answer?.Trim() ?? "";
        if (answer.Length is 0 or > MaxAnswer || FieldValidator.HasControlCharacters(answer, allowNewLines: true))
        {
            ModelState.AddModelError(nameof(Answer), Text["ErrorAnswer"]);
            return Page();
        }
        AnswerSent = await aangiftes.AnswerInformationRequestAsync(citizen.Bsn!.Value, id, answer, ct);
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMessageAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var message = Message?.Trim() ?? "";
        var checks = await attachments.CheckForMessageAsync(FormUploads.From(Request), ct);
        // A message may be only files; text, when given, follows the usual rules.
        if ((message.Length == 0 && checks.Count == 0) || message.Length > CaseMessage.MaxLength || FieldValidator.HasControlCharacters(message, allowNewLines: true))
        {
            ModelState.AddModelError(nameof(Message), Text["ErrorMessage"]);
        }
        foreach (var refused in checks.Where(c => !c.Accepted))
        {
            ModelState.AddModelError(FormUploads.Field, attachmentText.Refused(refused, attachments.MaxFileBytes, attachments.MaxPerMessage));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await messages.CitizenWritesAsync(citizen.Bsn!.Value, id, message, [.. checks.Select(c => c.File!)], ct) is null)
        {
            return NotFound();
        }
        MessageSent = true;
        Message = null;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await aangiftes.FindMineAsync(citizen.Bsn!.Value, id, ct);
        if (found is not null)
        {
            Aangifte = found;
            Timeline = StatusExplanations.Timeline(found, await timeline.ForAsync(id, ct));
            Messages = await messages.ForAsync(id, ct);
            Handovers = (await referrals.ForAangifteAsync(id, ct)).Select(Referrals.Pages.ReferralView.From).ToList();
            Files = await attachments.ForAangifteAsync(id, ct);
            MessageFiles = await attachments.ForMessagesAsync(id, ct);
            if (await victimRights.ForCitizenAsync(citizen.Bsn!.Value, id, ct) is { } register)
            {
                Rights = new(register, time.GetUtcNow(), Language, VictimRights.Pages.ChoicesForm.From(register));
            }
        }
        return found is not null;
    }
}
