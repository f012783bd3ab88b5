using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Audit;

namespace Verbinding.Web.Features.Staff.Pages;

public sealed class LogoutModel(SignInManager<StaffUser> signIn, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(new AuditEvent("sign-out", "StaffUser", User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, "authentication"));
        }
        await signIn.SignOutAsync();
        return Redirect("/medewerker/inloggen");
    }
}
