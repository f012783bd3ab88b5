using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbinding.Web.Features.Meldingen.Pages;

/// <summary>After sending: the reference and the tracking link. Kept in TempData so a refresh still shows them.</summary>
public sealed class ConfirmationModel : PageModel
{
    public string? Reference { get; private set; }

    public string? Code { get; private set; }

    public string? Basisteam { get; private set; }

    public void OnGet()
    {
        Reference = TempData.Peek(IndexModel.ReferenceKey) as string;
        Code = TempData.Peek(IndexModel.CodeKey) as string;
        Basisteam = TempData.Peek(IndexModel.BasisteamKey) as string;
    }
}
