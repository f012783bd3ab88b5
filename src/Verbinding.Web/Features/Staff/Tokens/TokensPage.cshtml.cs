using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Audit;

namespace Verbinding.Web.Features.Staff.Tokens;

[Authorize(Policy = StaffPolicies.Staff)]
public sealed class TokensPageModel(TokenService tokens, AuditTrail audit, IStringLocalizer<StaffText> text) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public int Days { get; set; } = 90;

    public string? CreatedSecret { get; private set; }

    public IReadOnlyList<PersonalAccessToken> Existing { get; private set; } = [];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct) => Existing = await tokens.ListAsync(UserId, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100)
        {
            ModelState.AddModelError(nameof(Name), text["TokenNameRequired"]);
        }
        if (!Scopes.Any(ApiScopes.All.Contains))
        {
            ModelState.AddModelError(nameof(Scopes), text["TokenScopesRequired"]);
        }
        if (Days is < 1 or > 365)
        {
            ModelState.AddModelError(nameof(Days), text["TokenDaysInvalid"]);
        }
        if (ModelState.IsValid)
        {
            var created = await tokens.CreateAsync(UserId, Name!, Scopes, Days, ct);
            CreatedSecret = created.Secret;
            await audit.RecordAsync(new AuditEvent("token.created", "PersonalAccessToken", created.Id.ToString(), "api-access"), ct);
            Name = null;
            Scopes = [];
        }
        Existing = await tokens.ListAsync(UserId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (await tokens.RevokeAsync(UserId, id, ct))
        {
            await audit.RecordAsync(new AuditEvent("token.revoked", "PersonalAccessToken", id.ToString(), "api-access"), ct);
        }
        return RedirectToPage();
    }
}
