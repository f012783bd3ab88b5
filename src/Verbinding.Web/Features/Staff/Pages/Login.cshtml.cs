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
public sealed class LoginModel(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, TwoFactorPolicy twoFactor,
    AuditTrail audit, IStringLocalizer<StaffText> text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), text["EmailRequired"]);
        }
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), text["PasswordRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        var user = await users.FindByEmailAsync(Email.Trim());
        var actor = new AuditActor(user is null ? "unknown" : "staff:" + user.Id, "Staff", user?.EenheidId, HttpContext.Connection.RemoteIpAddress?.ToString());
        var outcome = result.Succeeded ? "signed-in" : result.RequiresTwoFactor ? "password-ok" : result.IsLockedOut ? "locked-out" : "failed";
        await audit.RecordAsync(new AuditEvent("sign-in." + outcome, "StaffUser", user?.Id, "authentication"), actor, HttpContext.RequestAborted);

        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/medewerker";
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginCode", new { returnUrl });
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", text["LockedOut"]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", text["LoginFailed"]);
            return Page();
        }
        // Password alone is accepted only to enrol the authenticator where two factors are required.
        return twoFactor.Required ? RedirectToPage("SetupTwoFactor", new { returnUrl }) : LocalRedirect(returnUrl);
    }
}
