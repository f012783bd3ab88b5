using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbinding.Web.Features.Citizens;

/// <summary>
/// Signs the citizen out of Verbinding. Only by POST with an antiforgery token: a GET sign-out can be
/// triggered by any image tag on another site. The DigiD session itself is the provider's business.
/// The page authenticates the Citizen cookie (without demanding it) because antiforgery tokens are bound to
/// the user: a token made on /mijn for the citizen only validates where that same citizen is the user.
/// </summary>
[Authorize(AuthenticationSchemes = CitizenAuthentication.CookieScheme)]
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "uitgelogd")]
    public bool SignedOut { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CitizenAuthentication.CookieScheme);
        return RedirectToPage(new { uitgelogd = true });
    }
}
