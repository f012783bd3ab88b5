using Microsoft.AspNetCore.Mvc;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Cases;

/// <summary>"Mijn zaken" shows the citizen's cases beside their aangiftes: one line in that page, the rest lives here.</summary>
public sealed class MyCaseFilesViewComponent(CaseAccess access, CurrentCitizen citizen) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cases = citizen.Bsn is { } bsn ? await access.MineAsync(bsn.Value, HttpContext.RequestAborted) : [];
        return View("~/Features/Cases/Pages/_MyCases.cshtml", cases);
    }
}
