using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Meldingen.Pages;

/// <summary>The status page behind the tracking link; also a form to type the reference and code.</summary>
[EnableRateLimiting(RateLimits.Verify)]
public sealed class TrackModel(MeldingTracking tracking) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ref")]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public MeldingPublicStatus? Status { get; private set; }

    public bool Unknown { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reference) || string.IsNullOrWhiteSpace(Code))
        {
            return;
        }
        Status = await tracking.FindAsync(Reference, Code, ct);
        Unknown = Status is null;
        if (Unknown)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
