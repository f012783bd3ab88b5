using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Cases.Pages;

/// <summary>
/// The case page without DigiD: case number and access code (posted, so the code stays out of URLs and logs), then a
/// read-only view. A wrong number and a wrong code get the same message; attempts are rate limited.
/// </summary>
[EnableRateLimiting(RateLimits.Verify)]
public sealed class AccessModel(CaseAccess access) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public CitizenCaseView? Case { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        Case = await access.WithCodeAsync(Number, Code, ct);
        Failed = Case is null;
        // The code is never echoed back into the form.
        Code = null;
    }
}
