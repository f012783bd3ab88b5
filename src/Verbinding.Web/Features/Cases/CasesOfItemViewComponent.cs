using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases;

public sealed record CasesOfItem(string Type, string Id, IReadOnlyList<string> Numbers, bool CanOpen);

/// <summary>
/// On an item's own staff page (intake, conversation): the cases it is in, or a link to open one. One line in the host
/// page; only cases of units the colleague may see are named.
/// </summary>
public sealed class CasesOfItemViewComponent(VerbindingDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string type, string id)
    {
        var staff = StaffActor.From(UserClaimsPrincipal);
        var cases = await db.Set<CaseLink>().AsNoTracking().Where(l => l.ItemType == type && l.ItemId == id)
            .Join(db.Set<CaseFile>(), l => l.CaseId, c => c.Id, (l, c) => new { c.Number, c.EenheidId })
            .ToListAsync(HttpContext.RequestAborted);
        var visible = cases.Where(c => staff.Scope.CanAccess(c.EenheidId)).Select(c => c.Number).Order(StringComparer.Ordinal).ToList();
        return View("~/Features/Cases/Pages/_CasesOfItem.cshtml", new CasesOfItem(type, id, visible, CaseItemTypes.CanOpenFrom.Contains(type)));
    }
}
