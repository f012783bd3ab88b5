using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Cases.Pages;

/// <summary>The unit's cases, newest first, filtered by status and (for national colleagues) unit.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = CaseRoles.Roles)]
public sealed class IndexModel(CaseFiles files, ReferenceData referenceData) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public CasePage Result { get; private set; } = null!;

    public bool IsNational { get; private set; }

    public IReadOnlyList<EenheidRecord> Units => referenceData.Eenheden;

    public string UnitName(string id) => referenceData.Eenheden.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var staff = StaffActor.From(User);
        IsNational = staff.Scope.IsNational;
        Result = await files.ListAsync(staff, new CaseFilter(Status, IsNational ? Unit : null, PageNumber), ct);
    }

    /// <summary>The list URL for another page, keeping the filters.</summary>
    public string PageUrl(int page) =>
        $"/medewerker/zaken?pagina={page}" + (Status is { } s ? $"&Status={s}" : "") + (IsNational && !string.IsNullOrEmpty(Unit) ? $"&Unit={Uri.EscapeDataString(Unit)}" : "");
}
