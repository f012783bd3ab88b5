using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Staff.Pages;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginCodeModel(SignInManager<StaffUser> signIn, AuditTrail audit, IStringLocalizer<StaffText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(Code), text["CodeRequired"]);
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        var actor = new AuditActor("staff:" + user.Id, "Staff", user.EenheidId, HttpContext.Connection.RemoteIpAddress?.ToString());
        await audit.RecordAsync(new AuditEvent(result.Succeeded ? "sign-in.signed-in" : "sign-in.code-failed", "StaffUser", user.Id, "authentication"), actor);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", text["LockedOut"]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Code), text["CodeInvalid"]);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/medewerker");
    }
}
