using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Attachments;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>
/// One question group per step. Posted fields are read by the step's own keys only (anything else in the form is
/// ignored); every post saves the draft first, so a validation error or going back never loses what was typed.
/// </summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class StapModel(
    AangifteService aangiftes, AttachmentStore attachments, CurrentCitizen citizen, IStringLocalizer<AangifteText> text, IStringLocalizer<AttachmentsText> attachmentText)
    : AangiftePage(text)
{
    /// <summary>The optional step for photos, receipts and screenshots (a step without fields in types.json).</summary>
    public const string AttachmentStep = "bijlagen";
    public AangifteDraft Draft { get; private set; } = null!;

    public IReadOnlyList<StepDefinition> Steps { get; private set; } = [];

    public int Number { get; private set; }

    public StepDefinition Step => Steps[Number - 1];

    public AangifteType Type => aangiftes.TypeOf(Draft);

    public string CitizenName => citizen.Name ?? "";

    public string MaskedBsn => citizen.Bsn?.Masked ?? "";

    public int Rows => Step.Repeat is { } r ? Draft.RowsOf(r.Name) : 0;

    public Dictionary<string, string> Errors { get; } = [];

    public bool IsAttachmentStep => Step.Id == AttachmentStep;

    public IReadOnlyList<AttachmentInfo> Attachments { get; private set; } = [];

    public long MaxFileMegabytes => attachments.MaxFileBytes / (1024 * 1024);

    public int MaxFiles => attachments.MaxPerAangifte;

    public FieldView View(string key, FieldDefinition field) =>
        new(key, field, Draft.Answers.GetValueOrDefault(key), Errors.GetValueOrDefault(key), Language);

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken ct) =>
        await LoadAsync(id, number, ct) ?? await AttachmentsPageAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid id, int number, string? nav, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } early)
        {
            return early;
        }
        if (IsAttachmentStep && await HandleFilesAsync(nav, ct) is { } handled)
        {
            return handled;
        }
        var form = Request.Form.Keys.ToDictionary(k => k, k => Request.Form[k].ToString());
        var move = nav switch { "back" => StepMove.Back, "add" => StepMove.AddRow, _ => StepMove.Next };
        var outcome = await aangiftes.SaveStepAsync(Draft, number - 1, form, move, ct);
        switch (move)
        {
            case StepMove.Back:
                return Redirect(number == 1 ? $"/aangifte/nieuw?type={Draft.TypeId}" : $"/aangifte/{id}/stap/{number - 1}");
            case StepMove.AddRow:
                return Redirect($"/aangifte/{id}/stap/{number}#rij-{Rows - 1}");
            case StepMove.Next when outcome.Check.IsValid:
                return Redirect(outcome.NextStep >= Steps.Count ? $"/aangifte/{id}/controleren" : $"/aangifte/{id}/stap/{outcome.NextStep + 1}");
        }
        var definitions = Step.Keys(Rows).ToDictionary(k => k.Key, k => k.Field);
        foreach (var (key, error) in outcome.Check.Errors)
        {
            AddError(key, definitions[key], error);
            Errors[key] = error.Key;
        }
        return Page();
    }

    /// <summary>
    /// Removes or stores files before the step moves on. A refused file keeps the citizen on the step with a message
    /// naming the file and the reason; accepted files in the same post are kept. Null: carry on with the step.
    /// </summary>
    private async Task<IActionResult?> HandleFilesAsync(string? nav, CancellationToken ct)
    {
        if (Guid.TryParse(Request.Form["remove"], out var remove))
        {
            await attachments.RemoveFromDraftAsync(Draft, remove, ct);
            return Redirect($"/aangifte/{Draft.Id}/stap/{Number}");
        }
        var uploads = FormUploads.From(Request);
        var checks = uploads.Count == 0 ? [] : await attachments.AddToDraftAsync(Draft, uploads, ct);
        foreach (var refused in checks.Where(c => !c.Accepted))
        {
            ModelState.AddModelError(FormUploads.Field, attachmentText.Refused(refused, attachments.MaxFileBytes, attachments.MaxPerAangifte));
        }
        if (!ModelState.IsValid && nav != "back")
        {
            return await AttachmentsPageAsync(ct);
        }
        return nav == "upload" ? Redirect($"/aangifte/{Draft.Id}/stap/{Number}") : null;
    }

    private async Task<IActionResult> AttachmentsPageAsync(CancellationToken ct)
    {
        if (IsAttachmentStep)
        {
            Attachments = await attachments.ForDraftAsync(Draft.Id, ct);
        }
        return Page();
    }

    /// <summary>Null when the page may show; otherwise 404 (not yours, expired, no such step) or a redirect.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, int number, CancellationToken ct)
    {
        if (await aangiftes.FindDraftAsync(citizen.Bsn!.Value, id, ct) is not { } draft)
        {
            return NotFound();
        }
        Draft = draft;
        Steps = aangiftes.StepsOf(draft);
        if (draft.SubmittedAangifteId is { } sent)
        {
            return Redirect($"/aangifte/ontvangen/{sent}");
        }
        if (number < 1 || number > Steps.Count)
        {
            return NotFound();
        }
        // Steps are filled in order: a later step opens only after the ones before it passed.
        if (number > draft.CompletedSteps + 1)
        {
            return Redirect($"/aangifte/{id}/stap/{draft.CompletedSteps + 1}");
        }
        Number = number;
        return null;
    }
}
