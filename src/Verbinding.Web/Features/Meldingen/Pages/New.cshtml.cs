using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbinding.Web.Features.Meldingen.Pages;

/// <summary>Deep link for other pages and Wout: opens the form with the category already chosen.</summary>
public sealed class NewModel(MeldingCatalog catalog) : PageModel
{
    public IActionResult OnGet(string? category) =>
        LocalRedirect(catalog.Find(category) is { } known ? $"{MeldingLinks.Form}?category={Uri.EscapeDataString(known.Id)}" : MeldingLinks.Form);
}
