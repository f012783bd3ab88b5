using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>The review page and the one place an aangifte is sent from (idempotent: a double click sends once).</summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
[EnableRateLimiting(RateLimits.Submit)]
public sealed class ControlerenModel(
    AangifteService aangiftes, Attachments.AttachmentStore attachments, CurrentCitizen citizen, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public IReadOnlyList<Attachments.AttachmentInfo> Attachments { get; private set; } = [];

    public AangifteDraft Draft { get; private set; } = null!;

    public IReadOnlyList<StepDefinition> Steps { get; private set; } = [];

    public AangifteType Type => aangiftes.TypeOf(Draft);

    public string CitizenName => citizen.Name ?? "";

    /// <summary>The value as the citizen recognises it: option labels instead of codes.</summary>
    public string Display(FieldDefinition field, string key)
    {
        var value = Draft.Answers.GetValueOrDefault(key) ?? "";
        return field.Kind switch
        {
            FieldKinds.YesNo => value == "ja" ? Text["Yes"] : value == "nee" ? Text["No"] : value,
            FieldKinds.Choice => field.Options!.FirstOrDefault(o => o.Value == value)?.Label.For(Language) ?? value,
            FieldKinds.Amount when value.Length > 0 => "€ " + value,
            _ => value,
        };
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        Attachments = await attachments.ForDraftAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        // The draft just read is the one sent: no second read (a post always redirects, so no attachments are listed).
        var outcome = await aangiftes.SubmitAsync(CitizenName, Draft, Language, ct);
        return outcome.InvalidStep is { } step
            ? Redirect($"/aangifte/{id}/stap/{step + 1}")
            : Redirect($"/aangifte/ontvangen/{outcome.Aangifte!.Id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
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
        return draft.CompletedSteps < Steps.Count ? Redirect($"/aangifte/{id}/stap/{draft.CompletedSteps + 1}") : null;
    }
}
