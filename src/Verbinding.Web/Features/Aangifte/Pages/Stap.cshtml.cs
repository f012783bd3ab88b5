using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>
/// One question group per step. Posted fields are read by the step's own keys only (anything else in the form is
/// ignored); every post saves the draft first, so a validation error or going back never loses what was typed.
/// </summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class StapModel(AangifteService aangiftes, CurrentCitizen citizen, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public AangifteDraft Draft { get; private set; } = null!;

    public IReadOnlyList<StepDefinition> Steps { get; private set; } = [];

    public int Number { get; private set; }

    public StepDefinition Step => Steps[Number - 1];

    public AangifteType Type => aangiftes.TypeOf(Draft);

    public string CitizenName => citizen.Name ?? "";

    public string MaskedBsn => citizen.Bsn?.Masked ?? "";

    public int Rows => Step.Repeat is { } r ? Draft.RowsOf(r.Name) : 0;

    public Dictionary<string, string> Errors { get; } = [];

    public FieldView View(string key, FieldDefinition field) =>
        new(key, field, Draft.Answers.GetValueOrDefault(key), Errors.GetValueOrDefault(key), Language);

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken ct) =>
        await LoadAsync(id, number, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, int number, string? nav, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } early)
        {
            return early;
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
