using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>Public check of a proof of report, as the API does (GET, so the QR code on the PDF opens it directly).</summary>
[EnableRateLimiting(RateLimits.Verify)]
public sealed class VerifyModel(VerificationService verification, AangifteTypeCatalog catalog, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    [BindProperty(SupportsGet = true, Name = "nummer")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public bool Checked { get; private set; }

    public VerificationResult? Result { get; private set; }

    public string TypeTitle => Result is null ? "" : catalog.Find(Result.TypeId)?.Title.For(Language) ?? Result.TypeId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Number) || !string.IsNullOrWhiteSpace(Code))
        {
            Checked = true;
            Result = await verification.VerifyAsync(Number, Code, ct);
            if (Result is null)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }
        return Page();
    }
}
