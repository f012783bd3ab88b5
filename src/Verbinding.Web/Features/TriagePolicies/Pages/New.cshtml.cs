using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.TriagePolicies.Pages;

/// <summary>
/// A new draft: the version in force as a starting point, edited as JSON and checked at save with the engine's
/// validators. On any problem the page comes back with the reasons and the text exactly as typed.
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public sealed class NewModel(PolicyAdmin admin, PolicyQueries queries, PolicyFiles files, IStringLocalizer<TriagePoliciesText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Scope { get; set; } = PolicyScopes.National;

    [BindProperty]
    public string? Document { get; set; }

    [BindProperty]
    public string? ChangeNote { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => ValidScope() ? await LoadAsync(ct) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ValidScope())
        {
            return NotFound();
        }
        var (saved, problems) = await admin.CreateDraftAsync(Scope, Document ?? "", ChangeNote, PolicyActors.From(User), ct);
        if (saved is not null)
        {
            return Redirect($"/medewerker/triagebeleid/{saved.Id}?done=Saved");
        }
        foreach (var problem in problems)
        {
            ModelState.AddModelError(problem.Key is "ProblemNoteRequired" or "ProblemTooLong" ? nameof(ChangeNote) : nameof(Document),
                text[problem.Key, problem.Detail ?? ""]);
        }
        return Page();
    }

    private bool ValidScope() => Scope == PolicyScopes.National || files.KnownEenheden.Contains(Scope);

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var inForce = await queries.InForceAsync(ct);
        Document = inForce.TryGetValue(Scope, out var published) ? published.Document : EmptyOverride(inForce);
        return Page();
    }

    /// <summary>A unit without an override starts from an empty one written for the national version in force.</summary>
    private string EmptyOverride(IReadOnlyDictionary<string, PolicyVersion> inForce) => $$"""
        {
          "eenheid": "{{Scope}}",
          "version": "1",
          "basedOn": "{{inForce.GetValueOrDefault(PolicyScopes.National)?.Label}}",
          "addRules": [],
          "removeRules": [],
          "explanations": {},
          "serviceLevels": []
        }
        """;
}
