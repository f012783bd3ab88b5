using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbinding.Web.Features.Staff.Pages;

[AllowAnonymous]
public sealed class AccessDeniedModel(UserManager<StaffUser> users, TwoFactorPolicy twoFactor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // A password-only session that lacks the second factor is sent to finish it, not told "no access".
        if (twoFactor.Required && User.Identity?.IsAuthenticated == true && !User.HasClaim("amr", "mfa"))
        {
            var user = await users.GetUserAsync(User);
            if (user is not null && !await users.GetTwoFactorEnabledAsync(user))
            {
                return RedirectToPage("SetupTwoFactor", new { returnUrl = ReturnUrl });
            }
        }
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
