using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Cases.Pages;

/// <summary>A colleague opens a case from a logged contact, a conversation or a melding (an aangifte has one already).</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = CaseRoles.Roles)]
public sealed class OpenModel(CaseItems items, CaseOpening opening, IStringLocalizer<CasesText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    [EmailAddress]
    public string? Email { get; set; }

    /// <summary>Null when the page is opened without an item: it then explains where to start.</summary>
    public CaseItem? Item { get; private set; }

    private bool NoItemGiven => string.IsNullOrEmpty(Type) && string.IsNullOrEmpty(Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => NoItemGiven || await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (NoItemGiven)
        {
            return Page();
        }
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Subject))
        {
            ModelState.AddModelError(nameof(Subject), text["OpenSubjectRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var file = await opening.OpenFromAsync(StaffActor.From(User), Type!, Id!, Subject!.Trim(), Email, ct);
        return file is null ? NotFound() : Redirect($"/medewerker/zaken/{file.Number}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Type is null || Id is null || !CaseItemTypes.CanOpenFrom.Contains(Type) || await items.FindAsync(Type, Id, ct) is not { } item
            || !StaffActor.From(User).CanSeeQueue(item.Unit))
        {
            return false;
        }
        Item = item;
        return true;
    }
}
